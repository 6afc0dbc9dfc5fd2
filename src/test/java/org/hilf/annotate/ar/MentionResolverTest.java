package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.Span;
import org.junit.jupiter.api.Test;

class MentionResolverTest {
    private static ActorMention at(int start, int end) {
        return new ActorMention(new Span(start, end), "x", "state/x", ActorMention.Role.NAME, 1.0, null, null);
    }

    @Test
    void coverageAnswersAsTheScanDoes() {
        Random random = new Random(12);
        for (int round = 0; round < 200; round++) {
            List<ActorMention> actors = new ArrayList<>();
            for (int k = random.nextInt(8); k > 0; k--) {
                int s = random.nextInt(40);
                actors.add(at(s, s + random.nextInt(6))); // some empty, some nested, in no order
            }
            MentionResolver.Coverage coverage = new MentionResolver.Coverage(actors);
            for (int s = 0; s < 45; s++) {
                for (int e = s; e < s + 8; e++) {
                    assertEquals(MentionResolver.covered(actors, s, e), coverage.covers(s, e), actors + " " + s + "-" + e);
                }
            }
        }
    }
}
