package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** data/lexicon/en/cancellation_markers.txt on literal examples: an event its sentence calls off is none. */
class CancellationMarkersTest {
    private static final LocalDate DAY = LocalDate.of(2025, 5, 20);

    @Test
    void aMeetingCalledOffIsNoEvent() {
        List<String> e = EnglishFixture.events(EnglishFixture.annotate("Indian Prime Minister Narendra Modi was due to meet "
                + "Japanese Prime Minister Shigeru Ishiba on Friday, but the meeting was cancelled because of the storm.", DAY));
        assertEquals(List.of(), e);
    }

    @Test
    void aMeetingAfterAnotherOneCalledOffStays() {
        List<String> e = EnglishFixture.events(EnglishFixture.annotate("Indian Prime Minister Narendra Modi met Japanese Prime Minister "
                + "Shigeru Ishiba on Friday after a planned summit of the Quad was called off.", DAY));
        assertEquals(1, e.stream().filter(x -> x.startsWith("Meeting ")).count(), e.toString());
    }

    @Test
    void aMeetingThatDidNotTakePlaceIsNoEvent() {
        List<String> e = EnglishFixture.events(EnglishFixture.annotate("On Friday, the long-awaited meeting between Indian Prime Minister "
                + "Narendra Modi and Japanese Prime Minister Shigeru Ishiba did not take place, and the two only shook hands at the dinner.", DAY));
        assertEquals(List.of(), e);
    }
}
