package org.hilf.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WordFilterTest {
    @Test
    void neverRefusesAWordItHoldsAndRefusesMostOthers() {
        WordFilter filter = new WordFilter();
        assertFalse(filter.mayContain("اليابان"));
        List<String> held = new ArrayList<>();
        for (int k = 0; k < 5000; k++) {
            held.add("word" + k);
            filter.add("word" + k);
            assertTrue(filter.mayContain("word0")); // also after each growth
        }
        held.forEach(w -> assertTrue(filter.mayContain(w), w));
        int through = 0;
        for (int k = 0; k < 10000; k++) {
            through += filter.mayContain("other" + k) ? 1 : 0;
        }
        assertTrue(through < 2000, through + " of 10000 absent words got through");
    }
}
