package org.hilf.annotate.en;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Tsv;
import org.hilf.annotate.frame.Chunk;
import org.hilf.annotate.frame.PriorEvents;

/**
 * Which earlier event "the two leaders" stand for: {@link PriorEvents#previous}, unless that one names
 * its states only ("the two sides also signed a pact") while an anaphor of the sentence names people
 * (data/lexicon/en/people_anaphor_words.tsv): then the latest event of the same states that names a
 * person for each ("Modi held talks with Mohamed bin Zayed …"), so "the two leaders last met in
 * December" are the two men and their states. A counted anaphor ("the two leaders") whose number the
 * last event's people do not have stands for the latest event with that many people who held the
 * offices the word names ({@link PriorEvents#counted}: "Xi met Modi. Modi is in China to attend the
 * SCO summit. … The two leaders last met in Kazan": Xi and Modi).
 * Stateless after construction and thread-safe.
 */
final class EnglishLeaderAnaphors {
    /** The number words of an anaphor that tell how many people it stands for. */
    private static final java.util.Map<String, Integer> COUNTS = java.util.Map.of("two", 2, "both", 2, "three", 3, "four", 4);
    /** Word → the offices one of which each person it stands for held (empty: any person). */
    private final java.util.Map<String, Set<String>> words = new java.util.HashMap<>();
    private final Gazetteer gazetteer;

    EnglishLeaderAnaphors(EnglishResources res) {
        for (Tsv.Row r : Tsv.read("lexicon/en/people_anaphor_words.tsv")) {
            words.put(r.required("word"), Set.copyOf(r.list("roles")));
        }
        this.gazetteer = res.gazetteer;
    }

    /**
     * The event the sentence's anaphors refer back to; when a counted word for people finds no event with
     * that many such people, the people the article named just before ({@link PriorEvents#counted}).
     */
    EventMention previous(List<EventMention> out, List<EnToken> tokens, List<Chunk> chunks, List<ActorMention> mentions, Sentence sentence) {
        EventMention last = PriorEvents.previous(out);
        Chunk people = chunks.stream().filter(c -> c.anaphor()
                && tokens.subList(c.from(), c.to()).stream().anyMatch(t -> words.containsKey(t.folded()))).findFirst().orElse(null);
        if (people == null) {
            return last;
        }
        if (last == null || people(last) > 0) {
            // "the two leaders last met in Kazan" after Modi's summit attendance: the latest event of exactly two leaders
            // (not two foreign ministers who met in between); with none, the two the article named just before
            List<EnToken> words = tokens.subList(people.from(), people.to());
            int n = words.stream().mapToInt(t -> COUNTS.getOrDefault(t.folded(), 0)).max().orElse(0);
            Set<String> roles = words.stream().map(t -> this.words.get(t.folded())).filter(java.util.Objects::nonNull).findFirst().orElse(Set.of());
            return PriorEvents.counted(out, last, n, roles, gazetteer, mentions, sentence);
        }
        Set<String> states = states(last);
        for (int i = out.size() - 1; i >= 0 && states.size() >= 2; i--) {
            if (states(out.get(i)).equals(states) && people(out.get(i)) >= states.size()) {
                return out.get(i);
            }
        }
        return last;
    }

    private static Set<String> states(EventMention e) {
        return e.participants().stream().filter(p -> p.startsWith("state/")).collect(Collectors.toSet());
    }

    private static long people(EventMention e) {
        return e.participants().stream().filter(p -> p.startsWith("person/")).count();
    }
}
