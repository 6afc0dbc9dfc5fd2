package org.hilf.annotate.en;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.frame.Chunk;
import org.hilf.annotate.frame.Frame;

/**
 * "flew to Montevideo for the Mercosur summit", "arrived at the ASEAN-Japan summit": the phrase that
 * ends just before a summit word modifies it, and names whose summit it is whatever preposition
 * introduces the phrase (the frame's "before" finder reads only a phrase no preposition introduces,
 * the subject). Only when the frame found no organizer phrase of its own, and the phrase names one
 * organization and nothing else. Stateless.
 */
final class EnglishSummitModifiers {
    /**
     * The summit words a modifier names the body of: not "an IBSA leaders' meeting" on a summit's
     * sidelines, a meeting of that group the frame's own reading leaves to the side meeting. The
     * first words of a body's organ of heads of state (frames.tsv council-of-heads: "the ECOWAS
     * Authority of Heads of State and Government") name it too.
     */
    private static final Set<String> SUMMIT = Set.of("summit", "summits", "ministerial", "authority", "assembly", "council", "conference", "supreme");

    /** Words that list bodies rather than join them into one summit's name. */
    private static final Set<String> JOINING = Set.of("and", ",", "or", "&");

    private EnglishSummitModifiers() { }

    /**
     * The summit frame's roles with the phrase just before the trigger at {@code from} as its O role,
     * when the frame left O empty and that phrase names an organization; else {@code roles} as they were.
     */
    static Map<String, Chunk> withModifier(Frame frame, Map<String, Chunk> roles, List<Chunk> chunks, List<EnToken> tokens, int from) {
        if (!frame.type().equals("Summit") || roles.containsKey("O") || !SUMMIT.contains(tokens.get(from).folded())) {
            return roles;
        }
        for (Chunk c : chunks) {
            // a body's name: "the Vilnius summit" names a place, which the summit's place reads; "the
            // ASEAN-GCC-China summit" names the body with its partners, another summit than the body's own
            // (EventMention.partners); "the NATO and G7 summits" two bodies' summits, neither with the other
            if (c.to() == from && !c.anaphor() && !roles.containsValue(c) && !c.actors().isEmpty()
                    && c.actors().get(0).entityId().startsWith("org/") && (c.actors().stream().map(a -> a.entityId()).distinct().count() == 1
                    || java.util.stream.IntStream.range(c.from(), c.to()).noneMatch(k -> JOINING.contains(tokens.get(k).folded())))) {
                Map<String, Chunk> out = new HashMap<>(roles);
                out.put("O", c);
                return out;
            }
        }
        return roles;
    }
}
