package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/** data/lexicon/en/process_verbs.txt: literal examples of verbs that make "talks" a negotiation under way, not a meeting. */
class ProcessVerbsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    private static int events(String text) {
        return EnglishFixture.annotate(text, DAY).get(Keys.EVENTS).size();
    }

    @Test
    void talksSpedUpOrSteppedUpAreNoMeeting() {
        for (String s : List.of("India and Australia agreed to speed up talks on a trade deal.",
                "India and Australia agreed to step up the trade talks.", "India and Australia have accelerated negotiations.")) {
            assertEquals(0, events(s), s);
        }
    }

    @Test
    void aProcessVerbWithItsOwnObjectLeavesTheMeeting() {
        assertEquals(1, events("India and Australia agreed to step up cooperation and hold talks next month."));
    }
}
