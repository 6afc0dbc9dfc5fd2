package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SkeletonPrefixesTest {
    private static final List<List<String>> NAMES = List.of(List.of("ينس", "ستولتنبرغ"), List.of("مارك", "روته"),
            List.of("يون", "سوك", "يول"));

    /** The contract the fallback relies on: a name's words, in any spelling with its skeleton, are never refused. */
    @Test
    void neverRefusesTheBeginningOfAKey() {
        SkeletonPrefixes p = new SkeletonPrefixes(NAMES.stream().map(NameSkeleton::of).toList());
        for (List<String> name : List.of(List.of("ينس", "ستولتنبيرق"), List.of("يانس", "ستولتنبرج"), List.of("مارك", "روتيه"),
                List.of("يون", "سوك"), List.of("ين"), List.of("مارك"))) {
            long h = SkeletonPrefixes.START;
            for (String w : name) {
                h = NameSkeleton.walk(p, h, w);
                assertNotEquals(SkeletonPrefixes.ABSENT, h, name.toString());
            }
        }
        assertEquals(SkeletonPrefixes.ABSENT, NameSkeleton.walk(p, SkeletonPrefixes.ABSENT, "ينس"));
    }

    /** And it refuses most words that begin no key (about one in 16 letters passes by chance). */
    @Test
    void refusesMostOtherBeginnings() {
        SkeletonPrefixes p = new SkeletonPrefixes(NAMES.stream().map(NameSkeleton::of).toList());
        List<String> others = new ArrayList<>();
        for (char a = 'ب'; a <= 'ش'; a++) {
            for (char b = 'ب'; b <= 'ش'; b++) {
                others.add("ف" + a + b);
            }
        }
        long passed = others.stream().filter(w -> NameSkeleton.walk(p, SkeletonPrefixes.START, w) != SkeletonPrefixes.ABSENT).count();
        assertTrue(passed < others.size() / 4, passed + " of " + others.size());
    }
}
