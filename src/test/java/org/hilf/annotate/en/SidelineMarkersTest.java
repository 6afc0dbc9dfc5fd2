package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** data/lexicon/en/sideline_markers.txt: a reception on the sidelines of a gathering is a meeting. */
class SidelineMarkersTest {
    @Test
    void onTheMarginsAReceptionIsAMeeting() {
        for (String s : List.of("On the margins of the G7, Biden received Yoon.", "Biden received Yoon on the sidelines of the G7.")) {
            List<String> events = EnglishFixture.events(EnglishFixture.annotate(s, LocalDate.of(2023, 5, 21)));
            assertEquals(List.of("Meeting person/joe-biden person/yoon-suk-yeol state/KR state/US"), events, s);
        }
    }
}
