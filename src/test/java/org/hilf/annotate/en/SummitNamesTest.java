package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** data/lexicon/en/summit_names.tsv: words before "summit" that name whose summit it is. */
class SummitNamesTest {
    @Test
    void adjectivesNameTheOrganization() {
        assertEquals(List.of("Summit org/gcc state/KW"),
                EnglishFixture.events(EnglishFixture.annotate("Kuwait hosted the Gulf summit on Sunday.", LocalDate.of(2024, 12, 2))));
        assertEquals(List.of("Summit org/arab-league state/IQ"),
                EnglishFixture.events(EnglishFixture.annotate("Iraq hosted the Arab summit on Saturday.", LocalDate.of(2025, 5, 17))));
    }

    /** EnglishPlaces.summitOfPlace: "the Vilnius summit" is the one summit the reference list knows there that year. */
    @Test
    void aCityBeforeTheSummitWordNamesTheSummitHeldThereThatYear() {
        assertEquals(List.of("Summit org/nato"), EnglishFixture.events(EnglishFixture.annotate(
                "Allies are still short of the pledge they made at the Vilnius summit in 2023, officials said.", LocalDate.of(2024, 2, 14))));
        // a capital read as its state, and a city with "the" in its name (cities.tsv: "Hague")
        assertEquals(List.of("Summit org/g20"), EnglishFixture.events(EnglishFixture.annotate(
                "Two years ago, at the New Delhi summit in 2023, the talks ran late into the night.", LocalDate.of(2025, 2, 20))));
        assertEquals(List.of("Summit org/nato"), EnglishFixture.events(EnglishFixture.annotate(
                "Rutte said most allies were on track to meet the target agreed at the Hague summit last year.", LocalDate.of(2026, 5, 20))));
        // Riyadh hosted several bodies' summits in 2023: which one is not told
        assertEquals(List.of(), EnglishFixture.events(EnglishFixture.annotate(
                "Officials recalled the pledges made at the Riyadh summit in 2023.", LocalDate.of(2024, 5, 20))));
    }

    /** A meeting "on the sidelines" gains no summit of another year for its participants. */
    @Test
    void aSideMeetingJoinsNoSummitOfAnotherYear() {
        List<String> e = EnglishFixture.events(EnglishFixture.annotate("Rubio and Fidan met on the sidelines of the ministerial in "
                + "Stockholm on Thursday. Rutte said allies were on track to meet the pledge made at the Hague summit last year.",
                LocalDate.of(2026, 5, 21)));
        assertEquals(true, e.contains("Summit org/nato"), e.toString());
    }
}
