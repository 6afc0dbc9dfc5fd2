package org.hilf.annotate.en;

import java.util.List;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.frame.Chunk;

/**
 * Where an actor phrase ends, beyond the general joins of {@link EnglishChunker}. Stateless.
 * <ul>
 * <li>"From South Africa, Lavrov will travel to …": a phrase that a preposition opens at the start of
 * the sentence and a comma closes is an adverbial set before the clause; the person named after its
 * comma is the clause's subject, not one more actor of the adverbial's list. A list stays one phrase
 * when its first actor is a person ("Besides Xi, Putin …") or an "and" stands between the two.</li>
 * <li>"will travel to Eswatini, Angola and Eritrea", "in Japan and South Korea": the recognizer reads
 * the state a place preposition introduces as a place and the states coordinated with it as names;
 * they are one list of places all the same.</li>
 * </ul>
 */
final class EnglishPhraseBounds {
    private EnglishPhraseBounds() { }

    /**
     * Whether the phrase of {@code first}, which begins at word {@code s} after its introduction
     * {@code intro} and ends before word {@code end}, is a fronted adverbial that the comma before
     * {@code end} closes, so that the person {@code next} (its name at word {@code ni}) begins another phrase.
     */
    static boolean closedBefore(List<EnToken> tokens, int s, String intro, ActorMention first, ActorMention next, int end, int ni) {
        if (s != 1 || intro.equals(Chunk.DIRECT) || intro.startsWith("#") || first.entityId().startsWith("person/")
                || !next.entityId().startsWith("person/") || end >= tokens.size() || !tokens.get(end).commaBefore()) {
            return false;
        }
        for (int k = end; k < ni; k++) {
            if (and(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether mention {@code k + 1} continues a list of places that {@code first} (a place) opened and
     * whose phrase ends before word {@code end}: a state after "and", or after a comma when another
     * state follows it after "and" or a comma ("Eswatini, Angola and Eritrea"; not "arrived in Beijing,
     * China's foreign ministry said").
     */
    static boolean continuesPlaces(List<EnToken> tokens, List<ActorMention> mentions, int k, int end, ActorMention first) {
        if (first.role() != ActorMention.Role.PLACE || k + 1 >= mentions.size() || !state(mentions.get(k + 1))) {
            return false;
        }
        int ni = EnPhrases.indexAt(tokens, mentions.get(k + 1).span().start());
        if (ni == end + 1 && and(tokens.get(end))) {
            return true;
        }
        if (ni != end || !tokens.get(ni).commaBefore() || k + 2 >= mentions.size() || !state(mentions.get(k + 2))) {
            return false;
        }
        int nj = EnPhrases.indexAt(tokens, mentions.get(k + 1).span().end() - 1) + 1;
        int mi = EnPhrases.indexAt(tokens, mentions.get(k + 2).span().start());
        return mi == nj && tokens.get(mi).commaBefore() || mi == nj + 1 && and(tokens.get(nj));
    }

    /** Adverbs that may stand between a subject and its verb ("Wang will also meet"). */
    private static final java.util.Set<String> VERB_ADVERBS = java.util.Set.of("also", "then", "later", "again", "first", "separately");

    /**
     * Whether the phrase ending before word {@code end} is followed by an event word ({@code anchors}) with
     * nothing between but planning words ({@code planned}) and adverbs: "During the visit, Wang will meet
     * Abiy", "During the trip, Blinken is expected to meet Ruto": set off by the comma of a fronted
     * adverbial, the phrase is the event's subject all the same.
     */
    static boolean subjectOfNext(List<EnToken> tokens, int end, boolean[] anchors, EnPhrases<Boolean> planned) {
        int j = end;
        for (int steps = 0; steps < 4 && j < tokens.size() && !anchors[j] && !tokens.get(j).commaBefore(); steps++) {
            EnPhrases.Hit<Boolean> h = planned.longestAt(tokens, j);
            if (h == null && !VERB_ADVERBS.contains(tokens.get(j).folded())) {
                return false;
            }
            j = h == null ? j + 1 : h.to();
        }
        return j < tokens.size() && anchors[j] && !tokens.get(j).commaBefore();
    }

    private static boolean state(ActorMention m) {
        return m.role() == ActorMention.Role.NAME && m.entityId().startsWith("state/");
    }

    private static boolean and(EnToken t) {
        return t.folded().equals("and") || t.folded().equals("&");
    }
}
