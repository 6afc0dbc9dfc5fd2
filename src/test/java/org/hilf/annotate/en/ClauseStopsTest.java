package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** data/lexicon/en/clause_stops.txt: the subject of an event word stands in its own clause. */
class ClauseStopsTest {
    @Test
    void aSubjectDoesNotReachAcrossAClauseStop() {
        List<String> events = EnglishFixture.events(EnglishFixture.annotate(
                "Japan warned China, which met Russia on Monday.", LocalDate.of(2023, 7, 12)));
        assertEquals(List.of("Meeting state/CN state/RU"), events);
    }
}
