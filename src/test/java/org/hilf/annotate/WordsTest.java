package org.hilf.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordsTest {
    /** The definition the counts were made by before they were counted in place. */
    private static int bySplit(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    @Test
    void countsAsStripAndSplitDid() {
        for (String s : List.of("", " ", " \t\n", "قال", "  قال الوزير  ", "a\t\tb\nc", "a\u00A0b", "\u2003a b\u2003",
                "a\u2003b", "\u000Ba\u000Bb", "a \u001C b", "«نعم،  لا»")) {
            assertEquals(bySplit(s), Words.count(s), "«" + s + "»");
        }
    }

    @Test
    void countsARangeWithoutCopyingIt() {
        String text = "قال: «سنعمل معا من أجل السلام» ثم غادر";
        int open = text.indexOf('«') + 1;
        int close = text.indexOf('»');
        assertEquals(5, Words.count(text, open, close));
        assertEquals(0, Words.count(text, 4, 5)); // the space after the colon
    }
}
