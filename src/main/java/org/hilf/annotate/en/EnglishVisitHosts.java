package org.hilf.annotate.en;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.frame.Chunk;
import org.hilf.annotate.frame.Frame;

/**
 * The host officials a visitor meets on the visit the same sentence reports: "is to travel to Israel
 * for talks with Netanyahu", "will fly to Washington on Sunday for his first summit with U.S. President
 * Donald Trump". They join the visit; the talks are no encounter of their own. A summit "with" one
 * person is a bilateral encounter, not a bloc's gathering: it is read so only as the purpose of a
 * trip ("for his first summit with"). Stateless.
 */
final class EnglishVisitHosts {
    /** Words that may stand between "for" and the encounter word: "for his first summit with". */
    private static final Set<String> PURPOSE_WORDS = Set.of("a", "an", "the", "his", "her", "their", "its", "first", "second",
            "third", "inaugural", "bilateral", "formal", "annual", "talks");
    /** Words between "for" and the encounter word at most. */
    private static final int PURPOSE_GAP = 3;

    private EnglishVisitHosts() { }

    /**
     * The phrase of those the encounter at words {@code from}–{@code to} is held with: a meeting's
     * other side, or the phrase "with" introduces right after a summit word that is a trip's purpose;
     * else an empty phrase.
     */
    static Chunk metWith(Frame frame, Map<String, Chunk> roles, List<Chunk> read, List<EnToken> tokens, int from, int to) {
        Chunk none = new Chunk(Chunk.DIRECT, List.of(), 0, 0, false);
        if (frame.type().equals("Meeting")) {
            return roles.getOrDefault("B", none);
        }
        if (!frame.type().equals("Summit") || to + 1 >= tokens.size() || !tokens.get(to).folded().equals("with") || !purpose(tokens, from)) {
            return none;
        }
        return read.stream().filter(c -> c.from() == to + 1 && c.intro().equals("with")).findFirst().orElse(none);
    }

    /** "for" stands before word {@code from}, with at most {@link #PURPOSE_GAP} words of {@link #PURPOSE_WORDS} between. */
    private static boolean purpose(List<EnToken> tokens, int from) {
        int k = from - 1;
        while (k >= 0 && from - k <= PURPOSE_GAP && PURPOSE_WORDS.contains(tokens.get(k).folded())) {
            k--;
        }
        return k >= 0 && tokens.get(k).folded().equals("for");
    }

    /**
     * Talks of the sentence's visit with officials of its host ("is to travel to Israel for talks with
     * Netanyahu"): they join the visit; true when they did.
     */
    static boolean hostsMet(List<EventMention> out, List<Integer> touched, Set<String> met, Function<String, Entity> entities) {
        for (int i : touched) {
            EventMention v = out.get(i);
            if (!v.type().equals("Visit") || v.host() == null || met.isEmpty()) {
                continue;
            }
            boolean hosts = met.stream().allMatch(id -> {
                Entity x = entities.apply(id);
                return v.host().contains(id) || x != null && x.type() == EntityType.PERSON;
            }) && met.stream().anyMatch(id -> v.host().contains(id));
            if (hosts) {
                Set<String> ps = new LinkedHashSet<>(v.participants());
                met.stream().filter(id -> !EnglishTitles.unnamed(id)).forEach(ps::add); // unnamed officials are no participants
                out.set(i, v.resolved(v.organizerId(), v.placeId(), v.date(), v.dateBasis(), ps));
                return true;
            }
        }
        return false;
    }

}
