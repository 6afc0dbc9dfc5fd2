package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The host of a summit receiving its attendees, on literal examples (EnglishSummitHosts). */
class SummitHostsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 11, 28);

    @Test
    void theHostReceivingTheLeadersAfterTheSummitIsTheSummit() {
        List<String> e = EnglishFixture.events(EnglishFixture.annotate("Leaders of the Collective Security Treaty Organization met in "
                + "Minsk on Thursday for their annual summit. Belarusian President Alexander Lukashenko hosted Russian President Vladimir Putin, "
                + "Kazakh President Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov at the Palace of Independence.", DAY));
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).startsWith("Summit ") && e.get(0).contains("state/RU") && e.get(0).contains("state/KG"), e.toString());
    }

    @Test
    void aBilateralReceptionStaysItsOwn() {
        List<String> e = EnglishFixture.events(EnglishFixture.annotate("Leaders of the Collective Security Treaty Organization met in "
                + "Minsk on Thursday for their annual summit. Belarusian President Alexander Lukashenko hosted Russian President Vladimir Putin "
                + "for dinner at the Palace of Independence.", DAY));
        assertTrue(e.stream().anyMatch(x -> (x.startsWith("Meeting ") || x.startsWith("Visit ")) && x.contains("state/RU")), e.toString());
    }
}
