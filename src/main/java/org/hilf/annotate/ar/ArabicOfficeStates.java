package org.hilf.annotate.ar;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;

/**
 * The state of an office written with a preposition next to its holder's name: part of the holder's
 * phrase, not a place nor a side of its own. After the name under "في" ("محمد بن سلمان ولي العهد رئيس
 * مجلس الوزراء في المملكة العربية السعودية، وفخامة الرئيس Y"), or before it under "ب" ("معالي وزير الشؤون
 * الخارجية والتعاون بالجمهورية الإسلامية الموريتانية محمد سالم ولد مرزوك"), as Gulf agencies write it;
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
        if (k + 1 >= mentions.size()) {
            return false;
        }
        ActorMention n = mentions.get(k + 1);
        return before(text, tokens, mentions.get(k), n, Tokenizer.indexAt(tokens, mentions.get(k).span().end() - 1) + 1,
                Tokenizer.indexAt(tokens, n.span().start()));
    }

    /**
     * The state {@code state}, under "ب" right before the name of {@code person} (at token {@code ni},
     * where the state's phrase ends), after an office word of the same clause within {@link #OFFICE_WORDS}.
     */
    boolean before(String text, List<Token> tokens, ActorMention state, ActorMention person, int end, int ni) {
        if (ni != end || !state.entityId().startsWith("state/") || !person.entityId().startsWith("person/")
                || person.affiliationId() != null && !person.affiliationId().equals(state.entityId())) {
            return false;
        }
        int si = Tokenizer.indexAt(tokens, state.span().start());
        if (!coordination.proclitics(text, tokens.get(si), state).startsWith("ب") || tokens.get(ni).breakBefore()) {
            return false;
        }
        boolean office = false;
        for (int k = si - 1; k >= Math.max(0, si - OFFICE_WORDS) && !tokens.get(k + 1).breakBefore(); k--) {
            String w = ArabicCoordination.withoutConjunction(tokens.get(k).text());
            if (postings.contains(w) || postings.contains(tokens.get(k).text())) {
                return false;
            }
            office |= coordination.titleWord(tokens.get(k).text());
        }
        return office;
    }
}
