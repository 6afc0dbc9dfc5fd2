package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;

/**
 * A person's short form ("بوتين") stands alone once the article has named the person in full. A headline
 * names its people before the body introduces them ("السيسي يلتقي بوتين على هامش قمة بريكس"): a short form
 * met before the full name is held back and admitted when the full name comes later in the same article,
 * unless another mention took its words meanwhile.
 */
final class EarlyShortForms {
    private EarlyShortForms() {
    }

    /** The mentions, with the held-back short forms of {@code named} people added, in text order. */
    static List<ActorMention> admitted(List<ActorMention> mentions, List<ActorMention> early, Set<String> named) {
        List<ActorMention> out = new ArrayList<>(mentions);
        for (ActorMention m : early) {
            if (named.contains(m.entityId()) && out.stream().noneMatch(o -> o.span().overlaps(m.span()))) {
                out.add(m);
            }
        }
        if (out.size() > mentions.size()) {
            out.sort(Comparator.comparingInt(m -> m.span().start()));
        }
        return out;
    }
}
