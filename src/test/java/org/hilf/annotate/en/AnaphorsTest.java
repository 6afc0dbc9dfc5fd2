package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** data/lexicon/en/alliance_anaphors.txt and group_anaphors.txt on literal examples. */
class AnaphorsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 7, 10);

    @Test
    void theBlocIsTheArticlesAlliance() {
        assertEquals(List.of("org/asean", "org/asean"), EnglishFixture.names(EnglishFixture.annotate("ASEAN met in Laos. The bloc agreed.", DAY)));
    }

    @Test
    void theTwoSidesSpeakAndMeetAsTheLastEventsActors() {
        var d = EnglishFixture.annotate("Japan held talks with India. The two sides said trade would grow.", DAY);
        assertEquals(List.of("state/JP+state/IN for state/JP+state/IN"), EnglishFixture.statements(d));
    }
}
