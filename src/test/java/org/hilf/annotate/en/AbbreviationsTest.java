package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** data/lexicon/en/abbreviations.txt and the English sentence splitter, on literal examples. */
class AbbreviationsTest {
    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        var d = EnglishFixture.annotate("Mr. Blinken met Gen. Austin on Jan. 5 in the U.S. capital. They spoke about No. 10 Downing Street. "
                + "Spokesman Brig. Gen. Pat Ryder said so.", EnglishFixture.DAY);
        assertEquals(List.of("Mr. Blinken met Gen. Austin on Jan. 5 in the U.S. capital.", "They spoke about No. 10 Downing Street.",
                "Spokesman Brig. Gen. Pat Ryder said so."), EnglishFixture.sentences(d));
    }

    @Test
    void aSentenceEndsAfterClosingQuotes() {
        var d = EnglishFixture.annotate("\"The two sides agreed.\" Kishida said so. \u201cWe are ready.\u201d He left.", EnglishFixture.DAY);
        assertEquals(List.of("\"The two sides agreed.\"", "Kishida said so.", "\u201cWe are ready.\u201d", "He left."), EnglishFixture.sentences(d));
    }

    @Test
    void datelinesAreNoPartOfTheSentence() {
        for (String dateline : List.of("TOKYO, July 10 (Reuters) - ", "NIAMEY, July 6, 2024 (AFP) - ", "Doha, July 14 (QNA) - ",
                "ABU DHABI, 14th January, 2025 (WAM) -- ", "TOKYO, Dec. 20 Kyodo - ", "Jeddah, May 19, 2023, SPA -- ", "Lome, 30 July 2018 - ",
                "LONDON/DUBAI, Dec 5 (Reuters) - ", "WASHINGTON \u2014 ", "KUALA LUMPUR (Gulf Asia Report) \u2014 ")) {
            var d = EnglishFixture.annotate(dateline + "Japan and NATO met.", EnglishFixture.DAY);
            assertEquals(List.of("Japan and NATO met."), EnglishFixture.sentences(d), dateline);
        }
        // a title-case phrase before a colon, with no date, is the report's own words
        var d = EnglishFixture.annotate("Small states, big tables: Japan and NATO met.", EnglishFixture.DAY);
        assertEquals(List.of("Small states, big tables: Japan and NATO met."), EnglishFixture.sentences(d));
    }
}
