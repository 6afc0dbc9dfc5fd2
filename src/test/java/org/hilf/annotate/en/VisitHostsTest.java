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

    /** frames.tsv "opener": a visit word in the phrase that opens the sentence is the visit of the subject after its comma. */
    @Test
    void theSubjectAfterAnOpeningVisitPhraseIsTheVisitor() {
        assertEquals(List.of("Visit person/emmanuel-macron state/CN state/FR"),
                events(annotate("On a state visit to Beijing last week, French President Emmanuel Macron said Europe must keep its own course.", DAY)));
        List<String> e = events(annotate("During a two-day visit to Abu Dhabi last July, Prime Minister Narendra Modi and President Sheikh Mohamed "
                + "bin Zayed agreed to settle trade in their own currencies.", DAY));
        assertEquals(true, e.contains("Visit person/mohamed-bin-zayed person/narendra-modi state/AE state/IN"), e.toString());
        // someone named before the visit word: no opening phrase, and the subject after the comma is another clause's
        assertEquals(List.of(), events(annotate("Lavrov attended the meeting, his first trip to a European Union country since 2022, "
                + "and Moscow welcomed the invitation.", DAY)).stream().filter(x -> x.startsWith("Visit")).toList());
    }
}
