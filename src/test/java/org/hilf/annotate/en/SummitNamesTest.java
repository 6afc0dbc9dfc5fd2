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
}
