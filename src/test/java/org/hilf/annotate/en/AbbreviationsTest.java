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
        for (String dateline : List.of("TOKYO, July 10 (Reuters) - ", "BAMAKO, June 9, 2025 (AFP) - ", "Doha, March 3 (QNA) - ",
                "ABU DHABI, 2nd March, 2025 (WAM) -- ", "TOKYO, May 2 Kyodo - ", "Riyadh, April 7, 2024, SPA -- ", "Accra, 12 May 2019 - ",
                "PARIS/ROME, May 3 (Reuters) - ", "WASHINGTON \u2014 ", "KUALA LUMPUR (Gulf Asia Report) \u2014 ")) {
            var d = EnglishFixture.annotate(dateline + "Japan and NATO met.", EnglishFixture.DAY);
            assertEquals(List.of("Japan and NATO met."), EnglishFixture.sentences(d), dateline);
        }
        // a title-case phrase before a colon, with no date, is the report's own words
        var d = EnglishFixture.annotate("Old friends, new deals: Japan and NATO met.", EnglishFixture.DAY);
        assertEquals(List.of("Old friends, new deals: Japan and NATO met."), EnglishFixture.sentences(d));
    }
}
