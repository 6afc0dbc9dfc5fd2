package org.hilf.annotate.ar;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Keys;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Tsv;

/**
 * Unnamed officials and sources as speakers ({@code data/lexicon/ar/official_nouns.txt}): "قال
 * مسؤول كويتي"، "أفاد مصدر دبلوماسي مصري"، "قال متحدث باسم الخارجية الصينية". The state or body named
 * in the few words after the noun, before what was said, is the speaker, since the person has no
 * name to stand for; a source of no known side is no speaker at all. Stateless and thread-safe.
 */
final class ArabicUnnamedSources {
    /** Words after the noun where its side may be named ("مصدر دبلوماسي مصري رفيع"). */
    private static final int SIDE_WORDS = 4;
    /** Words (folded) that open what an unnamed source said: its side stands before them. */
    private static final Set<String> REPORTED = Set.of("الي", "ان", "بان", "انه", "انها", "عن");

    private final ArabicResources res;
    private final Set<String> officialNouns;

    ArabicUnnamedSources(ArabicResources res) {
        this.res = res;
        officialNouns = Set.copyOf(res.fold(Tsv.words("lexicon/ar/official_nouns.txt")));
    }

    /** The side of the unnamed official at word {@code at} (a state, or a body with no state), or null. */
    String sideOf(List<Token> tokens, int at, List<ActorMention> actors) {
        if (at >= tokens.size() || !officialNoun(tokens.get(at))) {
            return null;
        }
        int from = tokens.get(at).end();
        // not past the reported clause ("دبلوماسي أوروبي إلى أن بروكسل": Brussels is what was said)
        int last = at;
        while (last + 1 < tokens.size() && last < at + SIDE_WORDS && !REPORTED.contains(tokens.get(last + 1).text())) {
            last++;
        }
        int to = tokens.get(last).end();
        for (ActorMention a : actors) {
            if (a.span().start() >= from && a.span().start() < to && !a.entityId().startsWith("person/")) {
                var e = res.gazetteer.entity(a.entityId()).orElse(null);
                return e != null && e.countryId() != null && e.type() != EntityType.STATE ? e.countryId() : a.entityId();
            }
        }
        return null;
    }

    /**
     * True when an official noun at word {@code at} names a source whose side is not told ("وقال
     * مسؤول، طلب عدم نشر اسمه، إن …"), and is not the head of a title the recogniser read ("مسؤول
     * السياسة الخارجية في الاتحاد X").
     */
    boolean sideless(List<Token> tokens, int at, List<ActorMention> actors) {
        return at < tokens.size() && officialNoun(tokens.get(at)) && sideOf(tokens, at, actors) == null
                && actors.stream().noneMatch(a -> a.span().start() >= tokens.get(at).start() && a.span().start() < tokens.get(at).end());
    }

    private boolean officialNoun(Token t) {
        for (Clitics.Reading r : res.clitics.readings(t)) {
            if (officialNouns.contains(r.word()) && PhraseIndex.conjunctionOnly(r)) {
                return true;
            }
        }
        return false;
    }

    /** Words that open an unnamed medium as a subject ("وسائل إعلام"، "تقارير صحفية"), folded. */
    private static final Set<String> MEDIA_WORDS = Set.of("وسايل", "تقارير", "وكالات", "صحف");

    /**
     * The subject right after a verb of stating at word {@code afterWord} is a medium: one the
     * gazetteer names ("وذكرت وكالة ريا نوفوستي أن …") or an unnamed one ("وأفادت وسائل إعلام بأن …").
     * Media report; what they report is nobody's statement unless they name its source.
     */
    boolean mediaSubject(AnnotatedArticle doc, Sentence s, List<Token> tokens, int afterWord) {
        if (afterWord >= tokens.size()) {
            return false;
        }
        if (MEDIA_WORDS.contains(tokens.get(afterWord).text())) {
            return true;
        }
        int from = tokens.get(afterWord).start();
        int to = afterWord + 1 < tokens.size() ? tokens.get(afterWord + 1).end() : s.end();
        return doc.get(Keys.ACTORS).stream().anyMatch(a -> a.span().start() >= from && a.span().start() <= to
                && res.gazetteer.isMedia(a.entityId()));
    }

    /**
     * The speakers of a relay ("نقلت الوكالة عن …"): those the relay named, else, when it named no
     * actor ({@code relayed} null), the side of the unnamed source after "عن" ("عن مصدر دبلوماسي
     * مصري"); null when there is none (no statement).
     */
    List<String> relayed(List<String> relayed, List<Token> tokens, int afterWord, List<ActorMention> actors) {
        int source = ArabicSpeakers.relaySource(tokens, afterWord);
        String side = relayed == null && source >= 0 ? sideOf(tokens, source, actors) : null;
        return side != null ? List.of(side) : relayed;
    }
}
