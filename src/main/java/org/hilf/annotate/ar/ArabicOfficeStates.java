package org.hilf.annotate.ar;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;

/**
 * The state of an office written with a preposition next to its holder's name: part of the holder's
 * phrase, not a place nor a side of its own. After the name under "في" ("محمد بن سلمان ولي العهد رئيس
 * مجلس الوزراء في المملكة العربية السعودية، وفخامة الرئيس Y"), or before it under "ب" ("معالي وزير الشؤون
 * الخارجية والتعاون بالجمهورية الإسلامية الموريتانية محمد سالم ولد مرزوك"), as Gulf agencies write it, or
 * under "في" before it, a rank between ("رئيس المجلس العسكري في بلد ما الجنرال X");
 * not where a posting is meant ("سفير المملكة بجمهورية مصر العربية"، "المبعوث الخاص بالسودان"). For
 * {@link ArabicChunker}, through {@link ArabicCoordination}. Immutable and thread-safe.
 */
final class ArabicOfficeStates {
    /** Words before "ب" and the state that an office's words may run to ("وزير الشؤون الخارجية والتعاون والموريتانيين في الخارج"). */
    static final int OFFICE_WORDS = 8;

    private final ArabicCoordination coordination;
    /** Offices posted to a state rather than of it, and the words of a mission "for" it (folded). */
    private final Set<String> postings;

    ArabicOfficeStates(ArabicResources res, ArabicCoordination coordination) {
        this.coordination = coordination;
        this.postings = Set.copyOf(res.fold(List.of("سفير", "سفيرة", "السفير", "السفيرة", "مبعوث", "مبعوثة", "المبعوث", "المبعوثة",
                "مندوب", "مندوبة", "المندوب", "المندوبة", "ممثل", "ممثلة", "الممثل", "الممثلة", "الخاص", "الخاصة", "المعتمد", "المعتمدة",
                "المقيم", "المقيمة", "منسق", "المنسق")));
    }

    /** The state {@code n}, under "في" right after the office's words that follow {@code person}'s name (ending at {@code end}). */
    boolean after(List<Token> tokens, ActorMention person, ActorMention n, int end, int ni) {
        if (!person.entityId().startsWith("person/") || !n.entityId().startsWith("state/") || ni - end < 2
                || ni - end > ArabicCoordination.TITLE_WORDS || !tokens.get(ni - 1).text().equals("في")) {
            return false;
        }
        for (int k = end; k < ni - 1; k++) {
            if (!coordination.titleWord(tokens.get(k).text()) || tokens.get(k).breakBefore()) {
                return false;
            }
        }
        return !tokens.get(ni - 1).breakBefore() && !tokens.get(ni).breakBefore();
    }

    /** Mention {@code k} is such a state before the name of mention {@code k + 1} ({@link #before}). */
    boolean opensHolder(String text, List<Token> tokens, List<ActorMention> mentions, int k) {
        return k + 1 < mentions.size() && before(text, tokens, mentions, k, Tokenizer.indexAt(tokens, mentions.get(k).span().end() - 1) + 1,
                Tokenizer.indexAt(tokens, mentions.get(k + 1).span().start()));
    }

    /**
     * The state of mention {@code k} (its phrase ending at token {@code end}) before the name of mention {@code k + 1}
     * (at token {@code ni}), after an office word of the same clause within {@link #OFFICE_WORDS}: under "ب" right
     * before the name, or under "في" with at most a rank between ("رئيس المرحلة الانتقالية في مالي العقيد X"), an
     * office whose words name no actor of their own ("وزير الخارجية الأمريكي في السعودية الأمير X" is a visitor and his host).
     */
    boolean before(String text, List<Token> tokens, List<ActorMention> mentions, int k, int end, int ni) {
        ActorMention state = mentions.get(k);
        ActorMention person = mentions.get(k + 1);
        if (!state.entityId().startsWith("state/") || !person.entityId().startsWith("person/")
                || person.affiliationId() != null && !person.affiliationId().equals(state.entityId())) {
            return false;
        }
        int si = Tokenizer.indexAt(tokens, state.span().start());
        boolean under = coordination.proclitics(text, tokens.get(si), state).startsWith("ب");
        boolean in = !under && si > 0 && tokens.get(si - 1).text().equals("في") && !tokens.get(si - 1).breakBefore()
                && !tokens.get(si).breakBefore() && ranksOnly(tokens, end, ni) && person.title() == null;
        if (!under && !in || under && ni != end || tokens.get(ni).breakBefore()) {
            return false;
        }
        // "في": the office's words begin after the phrase before it
        int from = in && k > 0 ? Tokenizer.indexAt(tokens, mentions.get(k - 1).span().end() - 1) + 1 : 0;
        boolean office = false;
        for (int j = si - 1; j >= Math.max(from, si - OFFICE_WORDS) && !tokens.get(j + 1).breakBefore(); j--) {
            String w = ArabicCoordination.withoutConjunction(tokens.get(j).text());
            if (postings.contains(w) || postings.contains(tokens.get(j).text())) {
                return false;
            }
            office |= coordination.titleWord(tokens.get(j).text());
        }
        return office;
    }

    /** Words {@code from} to {@code to} are two ranks or honorifics at most, with no break ("الجنرال"، "الفريق أول"). */
    private boolean ranksOnly(List<Token> tokens, int from, int to) {
        if (to - from > 2 || to < from) {
            return false;
        }
        for (int j = from; j < to; j++) {
            if (tokens.get(j).breakBefore() || !coordination.titleWord(tokens.get(j).text())) {
                return false;
            }
        }
        return true;
    }
}
