package org.hilf.annotate.ar;

import java.util.List;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;

/**
 * The state of an article's dateline: the state, or the state of the place, that opens one of its
 * first sentences, set off by a dash ("الرباط – …"، "الدوحة - قنا") or followed by its date
 * ("أبوظبي في 13 أبريل / وام /"، "عمّان 20 أيار (بترا) -"). The agency of the dateline writes from
 * that state: its "أمير البلاد" and "المملكة" are that state's. Stateless and thread-safe.
 */
final class ArabicDateline {
    /** How many sentences from the top may carry the dateline (the headline, a subtitle, then the lead). */
    private static final int DATELINE_SENTENCES = 3;
    private static final String IN = "في";

    private final ArabicResources res;

    ArabicDateline(ArabicResources res) {
        this.res = res;
    }

    /** The dateline's state, or null when the article has no dateline. */
    String state(AnnotatedArticle doc, NormalizedText text, List<ActorMention> actors) {
        List<Sentence> sentences = doc.get(Keys.SENTENCES);
        for (int n = 0; n < Math.min(DATELINE_SENTENCES, sentences.size()); n++) {
            Sentence s = sentences.get(n);
            List<Token> tokens = res.tokenizer.tokens(text, s.start(), s.end());
            for (ActorMention a : actors) {
                if (tokens.isEmpty() || a.span().start() != tokens.get(0).start()) {
                    continue;
                }
                int after = Tokenizer.indexAt(tokens, a.span().end() - 1) + 1;
                if (after < tokens.size() && datelineAfter(tokens, after)) {
                    Entity e = res.entity(doc, a.entityId());
                    String state = e == null ? null : a.entityId().startsWith("state/") ? a.entityId() : e.countryId();
                    if (state != null && state.startsWith("state/")) {
                        return state;
                    }
                }
            }
        }
        return null;
    }

    /** Words of an agency's name in brackets after a dateline's place at most ("(أ ش أ)"). */
    private static final int AGENCY_WORDS = 3;

    /** Words of a place's name a dateline's date may follow ("ريو دي جانيرو في 6 يوليو"). */
    private static final int PLACE_WORDS = 4;

    /**
     * The date {@code date} of a sentence ({@code tokens}) is its dateline's, the report's and not an event's:
     * in one of the article's first sentences ({@code sentence}) it follows the place's few words that open it,
     * names its day (not "أمس (الأحد)"), and an agency's slash or bracket or a dash comes right after it
     * ("أبوظبي في 11 أبريل / وام / يبدأ X غدا زيارة"، "الرياض 14 مايو 2024 - استقبل").
     */
    static boolean datelineDate(Sentence sentence, List<Token> tokens, org.hilf.annotate.DateMention date) {
        int from = Tokenizer.indexAt(tokens, date.span().start());
        int to = Tokenizer.indexAt(tokens, date.span().end() - 1) + 1;
        return sentence.index() < DATELINE_SENTENCES && from > 0 && from <= PLACE_WORDS && day(tokens.get(from))
                && to < tokens.size() && tokens.get(to).gapBefore().matches(".*[/(–—-].*");
    }

    /**
     * A dash before word {@code i}, or the dateline's day at it ("أبوظبي في 13 أبريل"، "نواكشوط،
     * 18/04/2024"): a number of one or two digits, maybe after "في"; a year ("قطر في 2030") is none.
     */
    private static boolean datelineAfter(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.gapBefore().matches(".*[–—-].*")) {
            return true;
        }
        // "تونس (وات) -"، "القاهرة (أ ش أ) -": an agency's name in brackets, then the dash
        for (int k = i + 1; t.gapBefore().contains("(") && k < tokens.size() && k <= i + AGENCY_WORDS; k++) {
            if (tokens.get(k).gapBefore().matches("[^(]*\\)\\s*[–—-].*")) {
                return true;
            }
        }
        if (!plain(t)) {
            return false;
        }
        boolean in = t.text().equals(IN) && i + 1 < tokens.size() && plain(tokens.get(i + 1));
        return day(in ? tokens.get(i + 1) : t);
    }

    /** Only blanks or a comma before the word. */
    private static boolean plain(Token t) {
        return t.gapBefore().strip().matches("[،,]?");
    }

    private static boolean day(Token t) {
        return t.text().length() <= 2 && t.text().chars().allMatch(Character::isDigit);
    }
}
