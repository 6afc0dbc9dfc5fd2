package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.hilf.annotate.en.EnglishFixture.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/**
 * An alliance whose full membership meets takes part (EnglishGroupings), "the four leaders said" is
 * those four people, and inverted attendance ("Also attending were …", frames.tsv attending-were).
 */
class GroupingsTest {
    private static final String QUAD = "Quad leaders gathered in Sydney. Indian Prime Minister Narendra Modi, Japanese Prime Minister "
            + "Fumio Kishida, Australian Prime Minister Anthony Albanese and U.S. President Joe Biden held talks in Sydney on Tuesday. "
            + "In a joint statement, the four leaders said the sea lanes must stay open.";

    @Test
    void allMembersOfANamedAllianceMeetAsThatAlliance() {
        AnnotatedArticle d = annotate(QUAD, LocalDate.of(2023, 5, 24));
        assertEquals(List.of("Meeting org/quad person/anthony-albanese person/fumio-kishida person/joe-biden person/narendra-modi "
                + "state/AU state/IN state/JP state/US"), events(d));
    }

    @Test
    void someMembersAreNotTheAlliance() {
        AnnotatedArticle d = annotate("The Quad was formed to keep sea lanes open. Japanese Prime Minister Fumio Kishida and Australian Prime Minister "
                + "Anthony Albanese held talks in Perth on Tuesday.", LocalDate.of(2023, 5, 24));
        assertEquals(List.of("Meeting person/anthony-albanese person/fumio-kishida state/AU state/JP"), events(d));
    }

    @Test
    void theFourLeadersAreFourPeopleNotTheirAlliance() {
        assertEquals(List.of("person/narendra-modi+person/fumio-kishida+person/anthony-albanese+person/joe-biden "
                + "for state/IN+state/JP+state/AU+state/US"), statements(annotate(QUAD, LocalDate.of(2023, 5, 24))));
    }

    @Test
    void attendanceNamedAfterItsVerb() {
        AnnotatedArticle d = annotate("The Organization of Turkic States held its summit in Astana on Monday. Also attending were "
                + "Turkish President Recep Tayyip Erdogan and Hungarian Prime Minister Viktor Orban.", LocalDate.of(2024, 11, 6));
        assertEquals(List.of("Summit org/ots person/recep-tayyip-erdogan person/viktor-orban state/HU state/TR"), events(d));
    }

    @Test
    void togetherWithContinuesAList() {
        AnnotatedArticle d = annotate("The Organization of Turkic States held its summit in Astana on Monday. Also attending were "
                + "Turkish President Recep Tayyip Erdogan, together with Hungarian Prime Minister Viktor Orban.", LocalDate.of(2024, 11, 6));
        assertEquals(List.of("Summit org/ots person/recep-tayyip-erdogan person/viktor-orban state/HU state/TR"), events(d));
    }
}
