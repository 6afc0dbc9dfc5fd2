package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** ", among them X, Y": the named members of a group stand for it as the object of an attendance word. */
class InclusionsTest {
    private static final LocalDate DAY = LocalDate.of(2023, 7, 12);

    @Test
    void theNamedMembersOfTheAttendingGroupAttend() {
        assertEquals(List.of("Summit org/nato person/emmanuel-macron person/olaf-scholz state/DE state/FR"),
                events(annotate("NATO leaders opened their summit in Vilnius on Tuesday. The summit was attended by more than 40 heads "
                        + "of state and government, among them French President Emmanuel Macron and German Chancellor Olaf Scholz.", DAY)));
    }
}
