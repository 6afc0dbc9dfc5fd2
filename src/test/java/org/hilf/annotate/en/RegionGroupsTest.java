package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * data/lexicon/region_groups.tsv on literal examples (English; the Arabic ones in ArabicRegionGroupsTest): a region
 * named as a side of a format stands for its states.
 */
class RegionGroupsTest {
    private static final List<String> C5 = List.of("state/KZ", "state/KG", "state/TJ", "state/TM", "state/UZ");

    @Test
    void fiveCentralAsianCountriesCoordinateWithTheirPartner() {
        var d = EnglishFixture.annotate("Japan and five Central Asian countries adopted a declaration on Saturday pledging closer "
                + "cooperation on critical minerals.", LocalDate.of(2025, 12, 20));
        assertEquals(List.of("Agreement state/JP state/KG state/KZ state/TJ state/TM state/UZ"), EnglishFixture.events(d));
    }

    @Test
    void theRegionAfterAHyphenIsItsStates() {
        var d = EnglishFixture.annotate("Leaders gathered in Xi'an on Friday for the first China-Central Asia Summit.", LocalDate.of(2023, 5, 19));
        assertTrue(d.get(Keys.ACTORS).stream().map(a -> a.entityId()).toList().containsAll(C5), d.get(Keys.ACTORS).toString());
    }

    @Test
    void theThreeBalticStatesAreEachOfThem() {
        var d = EnglishFixture.annotate("Foreign ministers of the three Baltic states met in Riga on Friday.", LocalDate.of(2025, 3, 7));
        assertTrue(d.get(Keys.ACTORS).stream().map(a -> a.entityId()).toList().containsAll(List.of("state/EE", "state/LV", "state/LT")),
                d.get(Keys.ACTORS).toString());
    }

    @Test
    void aCentralAsianDiplomatIsNoRegion() {
        var d = EnglishFixture.annotate("A Central Asian diplomat said the talks went well.", LocalDate.of(2025, 6, 18));
        assertTrue(d.get(Keys.ACTORS).stream().noneMatch(a -> C5.contains(a.entityId())), d.get(Keys.ACTORS).toString());
    }
}
