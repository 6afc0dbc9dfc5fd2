package org.hilf.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** LanguageGuesser on literal examples: script share for Arabic, function words for English, the model for the rest. */
class LanguageGuesserTest {
    private final LanguageGuesser guesser = new LanguageGuesser();

    @Test
    void arabicByScriptEnglishByItsFunctionWords() {
        assertEquals("ar", guesser.guess("التقى وزير الخارجية السعودي نظيره المصري في الرياض."));
        assertEquals("en", guesser.guess("The foreign ministers of Japan and the Philippines met in Manila on Monday and said that"
                + " they would deepen their defence ties, according to a statement from the ministry."));
    }

    @Test
    void otherLatinTextHasTooFewEnglishFunctionWords() {
        String french = "Les ministres des affaires étrangères du Japon et des Philippines se sont réunis lundi à Manille et ont"
                + " déclaré vouloir renforcer leurs liens de défense, selon un communiqué du ministère.";
        String english = "The foreign ministers of Japan and the Philippines met in Manila on Monday and said that they would"
                + " deepen their defence ties, according to a statement from the ministry.";
        assertTrue(LanguageGuesser.englishShare(french, french.length()) < LanguageGuesser.ENGLISH_SHARE);
        assertTrue(LanguageGuesser.englishShare(english, english.length()) > LanguageGuesser.ENGLISH_SHARE);
    }
}
