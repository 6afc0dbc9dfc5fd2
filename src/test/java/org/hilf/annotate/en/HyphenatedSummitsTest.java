package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A summit named by the sides a hyphen joins ("the EU-China summit", "ASEAN-Japan"): EnglishChunker
 * reads them as one phrase and the summit has the other sides beside its organizer. Sentences written
 * for these tests in the style of wire reports.
 */
class HyphenatedSummitsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    @Test
    void theOtherSideOfAnOrganizationsSummitTakesPart() {
        List<String> e = EnglishFixture.events(EnglishFixture.annotate("The ASEAN-Japan summit was held in Kuala Lumpur on Tuesday.", DAY));
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).startsWith("Summit ") && e.get(0).contains("org/asean") && e.get(0).contains("state/JP"), e.toString());
    }

    @Test
    void aPlannedSummitOfABodyAndAState() {
        List<String> e = EnglishFixture.events(EnglishFixture.annotate("The next EU-China summit will be held in Brussels in 2026.", DAY));
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).contains("org/eu") && e.get(0).contains("state/CN"), e.toString());
    }
}
