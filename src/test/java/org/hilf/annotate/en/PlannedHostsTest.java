package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A body's planned gathering placed in a state by the state's name: that state holds it and takes part; a city does not tell. */
class PlannedHostsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 7, 4);

    @Test
    void aStateTheNextSummitIsOnlyPlacedInIsItsVenue() {
        // FACTS.md, "the host of a summit": a venue the text only names is a place, not a participant
        assertEquals(List.of("Summit org/sco planned"),
                events(annotate("He added that the next SCO summit will take place in Kyrgyzstan in 2026.", DAY)));
        assertEquals(List.of("Summit org/gcc planned"),
                events(annotate("The next GCC summit is due to be held in Oman next December.", DAY)));
    }

    @Test
    void aStateTheTextSaysWillHostItTakesPart() {
        assertEquals(List.of("Summit org/sco state/KG planned"),
                events(annotate("He added that Kyrgyzstan will host the next SCO summit in 2026.", DAY)));
    }

    @Test
    void aCityIsOnlyWhereItMeets() {
        assertEquals(List.of("Summit org/nato planned"),
                events(annotate("The next NATO summit is due to take place in Ankara in July 2026.", DAY)));
    }

    @Test
    void aPastSummitGainsNoPlace() {
        assertEquals(List.of("Summit org/sco"),
                events(annotate("The SCO summit was held in Kazakhstan on Thursday.", DAY)));
    }
}
