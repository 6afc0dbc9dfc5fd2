package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * data/lexicon/en/office_extensions.txt: a noun after "chief" makes another office. "The Houthis' chief negotiator"
 * is not the Houthis' chief (Abdul-Malik al-Houthi); the negotiator the text names is who met. Sentences written for
 * these tests.
 */
class TitleExtensionsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 15);

    @Test
    void aChiefNegotiatorIsNotTheBodysChief() {
        List<String> e = events(annotate("Hans Grundberg met the Houthis' chief negotiator, Mohammed Abdulsalam, in Muscat on Wednesday.", DAY));
        assertEquals(1, e.size(), e.toString());
        assertEquals(true, e.get(0).contains("person/mohammed-abdulsalam"), e.toString());
        assertEquals(false, e.get(0).contains("person/abdul-malik-al-houthi"), e.toString());
    }

    @Test
    void theBodysChiefAloneStillNamesItsHead() {
        // "chief" followed by a name, not by a noun of another office
        List<String> e = events(annotate("NATO chief Mark Rutte met Japanese Prime Minister Shigeru Ishiba in Tokyo on Wednesday.",
                LocalDate.of(2025, 4, 9)));
        assertEquals(true, e.stream().anyMatch(x -> x.contains("person/mark-rutte") && x.contains("org/nato")), e.toString());
    }
}
