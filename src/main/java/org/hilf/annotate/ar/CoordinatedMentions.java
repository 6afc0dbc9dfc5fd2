package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.List;

import org.hilf.annotate.ActorMention;

/**
 * Actors named one after another and joined by "و" (and, where a list allows it, by commas): the
 * subjects that speak together, the issuers of one statement. Read on mentions already made, where
 * {@link ArabicCoordination} reads coordination while phrases are built. Stateless.
 */
final class CoordinatedMentions {
    private CoordinatedMentions() { }

    /**
     * {@code first} and the mentions of {@code later} (in text order) coordinated right after it, each
     * joined to the one before by "و", alone or on the word ("قال ستولتنبرج وكيشيدا"), or, when
     * {@code commas}, by a comma ("صادر عن الولايات المتحدة، وقطر ومصر"); mentions inside the one before are passed over.
     */
    static List<ActorMention> chainAfter(String text, ActorMention first, List<ActorMention> later, boolean commas) {
        List<ActorMention> out = new ArrayList<>(List.of(first));
        ActorMention prev = first;
        for (ActorMention next : later) {
            if (next.span().start() < prev.span().end()) {
                continue;
            }
            String gap = text.substring(prev.span().end(), next.span().start()).strip();
            boolean joined = gap.isEmpty() && next.surface().startsWith("و") || gap.equals("و")
                    || commas && (gap.equals("،") || gap.equals("، و"));
            if (!joined) {
                break;
            }
            out.add(next);
            prev = next;
        }
        return out;
    }
}
