package org.hilf.annotate.en;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.frame.Chunk;
import org.hilf.annotate.frame.PriorEvents;

/**
 * Which earlier event "the two leaders" stand for: {@link PriorEvents#previous}, unless that one names
 * its states only ("the two sides also signed a pact") while an anaphor of the sentence names people
 * (data/lexicon/en/people_anaphor_words.txt): then the latest event of the same states that names a
 * person for each ("Modi held talks with Mohamed bin Zayed …"), so "the two leaders last met in
 * December" are the two men and their states. Stateless after construction and thread-safe.
 */
final class EnglishLeaderAnaphors {
    private final Set<String> words;

    EnglishLeaderAnaphors(EnglishResources res) {
        this.words = res.words("lexicon/en/people_anaphor_words.txt");
    }

    EventMention previous(List<EventMention> out, List<EnToken> tokens, List<Chunk> chunks) {
        EventMention last = PriorEvents.previous(out);
        if (last == null || people(last) > 0 || chunks.stream().noneMatch(c -> c.anaphor()
                && tokens.subList(c.from(), c.to()).stream().anyMatch(t -> words.contains(t.folded())))) {
            return last;
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
