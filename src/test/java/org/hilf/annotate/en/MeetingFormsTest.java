package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** General forms of news English that report a meeting, each with a literal example. */
class MeetingFormsTest {
    private static final LocalDate DAY = LocalDate.of(2023, 3, 16);

    @Test
    void aCounterpartNamedAfterACommaIsTheOtherSide() {
        var d = EnglishFixture.annotate("Foreign Minister Park Jin held talks with his Japanese counterpart, Yoshimasa Hayashi, "
                + "at a Tokyo hotel.", DAY);
        assertEquals(List.of("Meeting person/park-jin person/yoshimasa-hayashi state/JP state/KR"), EnglishFixture.events(d));
    }
}
