package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.DAY;
import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link EnglishLongerNames}: the gazetteer's alias "Security Council" is the UN's only when no other
 * body's name ends in it. Sentences written for this test.
 */
class LongerNamesTest {

    @Test
    void anotherBodysNameEndingInTheAliasIsNotTheUnBody() {
        for (String s : List.of("The African Union's Peace and Security Council met on Thursday to review the mission.",
                "ECOWAS foreign ministers met in the Mediation and Security Council on Saturday.",
                "The White House National Security Council said the talks would resume.",
                "The Russian Security Council discussed the treaty on Friday.")) {
            assertFalse(names(annotate(s, DAY)).contains("org/unsc"), s);
        }
    }

    @Test
    void theUnBodyIsStillReadByItsAliasAndItsAcronyms() {
        for (String s : List.of("The Security Council met on Thursday to discuss the mission.",
                "Diplomats said Security Council members were divided over the text.",
                "On Monday Security Council members met behind closed doors.",
                "Japan asked the UN Security Council to meet.",
                "The EU-Mercosur agreement was signed in Montevideo.")) {
            List<String> n = names(annotate(s, DAY));
            assertTrue(n.contains(s.contains("Mercosur") ? "org/mercosur" : "org/unsc"), s + " " + n);
        }
    }

    @Test
    void aPersonsFormThatAnotherFamilyNameGoesOnIsNotThatPerson() {
        // "Mohammed bin Mubarak" is a form of the UAE's Mohammed bin Mubarak Al Mazrouei; Al-Khalifa is Bahrain's family
        for (String s : List.of("Bahrain's Deputy Prime Minister Mohammed bin Mubarak Al-Khalifa attended the meeting.",
                "Bahrain was represented by Deputy Prime Minister Sheikh Mohammed bin Mubarak Al Khalifa.")) {
            assertFalse(names(annotate(s, DAY)).contains("person/mohammed-bin-mubarak-al-mazrouei"), s);
        }
        // the person's own family name, or none, is still the person
        for (String s : List.of("Mohammed bin Mubarak Al Mazrouei attended the meeting.", "Mohammed bin Mubarak attended the meeting.")) {
            assertTrue(names(annotate(s, DAY)).contains("person/mohammed-bin-mubarak-al-mazrouei"), s);
        }
    }
}
