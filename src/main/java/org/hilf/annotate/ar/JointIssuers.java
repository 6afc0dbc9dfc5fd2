package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;

/**
 * The issuers a joint statement names itself: coordinated after it ("بيان مشترك صادر عن المملكة
 * والولايات المتحدة"، "عن قادة الولايات المتحدة وقطر ومصر": each of them, not only the first), or as
 * nationality adjectives between "بيان" and "مشترك" ("بيان أمريكي أوكراني مشترك": the United States and
 * Ukraine). Media are never issuers. Stateless.
 */
final class JointIssuers {
    /** "مشترك" and its forms (folded): what makes "بيان" with nationalities joint. */
    private static final Set<String> JOINT = Set.of("مشترك", "المشترك", "مشتركا");
    /** Nationality adjectives between "بيان" and "مشترك" at most ("بيان سعودي أمريكي صيني مشترك"). */
    private static final int NATIONALITIES = 4;

    private JointIssuers() { }

    /**
     * {@code first} and the actors coordinated right after it, each joined by "و" (on the word, or
     * alone) or a comma, media left out: "بيان صادر عن الولايات المتحدة وقطر" is joint too.
     */
    static List<String> withCoordinated(ArabicResources res, String text, ActorMention first, List<ActorMention> actors) {
        List<ActorMention> later = actors.stream().filter(a -> a.isActor() && a != first).toList();
        List<String> out = new ArrayList<>();
        CoordinatedMentions.chainAfter(text, first, later, true).forEach(a -> add(res, out, a));
        return out;
    }

    private static void add(ArabicResources res, List<String> out, ActorMention a) {
        if (!res.gazetteer.isMedia(a.entityId()) && !out.contains(a.entityId())) {
            out.add(a.entityId());
        }
    }

    /**
     * The states of the nationality adjectives from token {@code from} on when "مشترك" follows them
     * ("بيان أمريكي أوكراني مشترك"); empty otherwise.
     */
    static List<String> nationalJoint(ArabicResources res, List<Token> tokens, int from, List<ActorMention> actors) {
        List<String> states = new ArrayList<>();
        int k = from;
        for (; k < tokens.size() && k < from + NATIONALITIES && !tokens.get(k).breakBefore(); k++) {
            Token t = tokens.get(k);
            ActorMention adjective = actors.stream().filter(a -> a.role() == ActorMention.Role.ATTRIBUTE
                    && a.span().start() <= t.start() && a.span().end() >= t.end() && a.entityId().startsWith("state/")).findFirst().orElse(null);
            if (adjective == null) {
                break;
            }
            if (!states.contains(adjective.entityId())) {
                states.add(adjective.entityId());
            }
        }
        boolean joint = k < tokens.size() && !tokens.get(k).breakBefore()
                && res.clitics.readings(tokens.get(k)).stream().anyMatch(r -> JOINT.contains(r.word()));
        return joint && states.size() >= 2 ? states : List.of();
    }
}
