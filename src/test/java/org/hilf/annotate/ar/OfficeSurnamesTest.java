package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of a title before the family name of the one who held its office on the
 * article's date ({@link OfficeSurnames}, read by {@code ArabicTitledPeople}). Sentences written for
 * these tests in the style of Levantine agency wires.
 */
class OfficeSurnamesTest {


    private static List<String> people(String text, LocalDate day) {
        return annotate(text, day).get(Keys.ACTORS).stream()
                .filter(a -> a.role() == ActorMention.Role.NAME && a.entityId().startsWith("person/")).map(ActorMention::entityId).toList();
    }

    @Test
    void thePresidentAounIsTheLebanesePresidentOfTheDay() {
        assertEquals(List.of("person/joseph-aoun"), people("وكان الملك قد التقى الرئيس عون على هامش القمة العربية.", LocalDate.of(2025, 5, 20)));
    }

    @Test
    void beforeHisTermTheNameIsNoOne() {
        assertTrue(people("وكان الملك قد التقى الرئيس عون على هامش القمة العربية.", LocalDate.of(2023, 5, 20)).isEmpty());
    }

    @Test
    void aWordOfTheSentenceIsNoFamilyName() {
        // "علي" of Guyana's president Irfaan Ali is "على" folded
        assertTrue(people("وقد قبل الرئيس على أن يحدد موعدها لاحقا.", LocalDate.of(2023, 5, 20)).isEmpty());
    }
}
