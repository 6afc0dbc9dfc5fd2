package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Agreements of the same sides on literal examples: a new document is its own agreement, a
 * definite one is the agreement reported (EnglishAgreements); data/lexicon/en/state_anaphors.txt
 * ("the two countries" stands for the states, "the two presidents" for the people too).
 */
class DistinctAgreementsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

    private static List<String> agreements(String text) {
        return EnglishFixture.events(EnglishFixture.annotate(text, DAY)).stream().filter(e -> e.startsWith("Agreement")).toList();
    }

    @Test
    void aSecondDocumentOfTheSameSidesIsASecondAgreement() {
        List<String> a = agreements("Kenya and Tanzania signed a border protocol in Arusha on Tuesday. "
                + "The two countries also agreed to open a joint customs post at Namanga.");
        assertEquals(2, a.size(), a.toString());
    }

    @Test
    void theDocumentAgainIsTheAgreementReported() {
        assertEquals(1, agreements("Chile and Peru signed a fisheries accord in Lima on Monday. "
                + "The accord was signed by the two foreign ministers at the presidential palace.").size());
        assertEquals(1, agreements("Chile and Peru signed a fisheries accord in Lima on Monday. "
                + "Officials of Chile and Peru signed the accord after a long ceremony.").size());
    }

    @Test
    void theTwoCountriesAreTheStatesNotTheirLeaders() {
        List<String> a = agreements("Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Shigeru Ishiba in Tokyo "
                + "on Friday. The two countries signed a memorandum on clean energy.");
        assertEquals(List.of("Agreement state/IN state/JP"), a);
    }
}
