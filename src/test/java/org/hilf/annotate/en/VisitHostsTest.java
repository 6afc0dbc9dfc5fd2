package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** EnglishVisitHosts: the host officials a trip is made to meet join the visit. */
class VisitHostsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);

    @Test
    void aSummitWithTheHostIsTheTripsPurpose() {
        assertEquals(List.of("Visit person/ferdinand-marcos-jr person/fumio-kishida state/JP state/PH planned"),
                events(annotate("Philippine President Ferdinand Marcos Jr. is expected to travel to Tokyo for a summit with "
                        + "Prime Minister Fumio Kishida later this year.", DAY)));
        assertEquals(List.of("Visit person/anthony-albanese person/donald-trump state/AU state/US planned"),
                events(annotate("Australian Prime Minister Anthony Albanese will fly to Washington on Sunday for his first summit "
                        + "with U.S. President Donald Trump.", DAY)));
    }

    @Test
    void talksWithTheHostJoinTheVisitAsBefore() {
        assertEquals(List.of("Visit person/anthony-albanese person/donald-trump state/AU state/US planned"),
                events(annotate("Australian Prime Minister Anthony Albanese will travel to Washington for talks with President Donald Trump.", DAY)));
    }

    @Test
    void someoneOfAnotherStateIsNoHost() {
        assertEquals(List.of("Visit person/ferdinand-marcos-jr state/JP state/PH planned"),
                events(annotate("Philippine President Ferdinand Marcos Jr. will travel to Tokyo for a summit with Chinese Premier Li Qiang.", DAY)));
    }
}
