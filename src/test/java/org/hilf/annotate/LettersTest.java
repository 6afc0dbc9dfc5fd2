package org.hilf.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LettersTest {
    @Test
    void arabicLettersAndDigits() {
        assertTrue(Letters.isLetter('ب'));
        assertTrue(Letters.isLetterOrDigit('ب'));
        assertFalse(Letters.isLetter('٣'));
        assertTrue(Letters.isLetterOrDigit('٣'));
        assertFalse(Letters.isLetterOrDigit('،'));
        assertFalse(Letters.isLetterOrDigit(' '));
    }

    @Test
    void answersAsCharacterForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isLetter((char) c), Letters.isLetter((char) c));
            assertEquals(Character.isLetterOrDigit((char) c), Letters.isLetterOrDigit((char) c));
        }
    }
}
