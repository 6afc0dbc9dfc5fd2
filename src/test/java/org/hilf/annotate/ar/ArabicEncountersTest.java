package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of which reports of an Arabic article are one encounter and which are two.
 * Sentences written for these tests in the style of agency wires.
 */
class ArabicEncountersTest {
    private static final LocalDate DAY = LocalDate.of(2025, 5, 20);
    private static final String VISIT = "الأردن ولبنان يبحثان العلاقات الثنائية\n\nعمّان - استقبل جلالة الملك عبدالله الثاني، اليوم الثلاثاء، في قصر الحسينية، الرئيس اللبناني "
            + "جوزاف عون، الذي يزور المملكة.\n\n";

    private static List<EventMention> ofType(String text, String type) {
        return annotate(text, DAY).get(Keys.EVENTS).stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void aMeetingOnTheSidelinesOfASummitIsNotTheVisit() {
        // ArabicModality.sidelineApart: FACTS.md, a meeting on the sidelines of a summit is its own
        String text = VISIT + "وكان جلالة الملك قد التقى الرئيس عون على هامش القمة العربية الطارئة التي عقدت في القاهرة.";
        assertEquals(1, ofType(text, "Visit").size(), ofType(text, "Visit").toString());
        assertEquals(1, ofType(text, "Meeting").size(), ofType(text, "Meeting").toString());
    }

    @Test
    void aMeetingOnTheSidelinesOfTheVisitItselfIsTheVisit() {
        String text = VISIT + "وعلى هامش الزيارة، التقى الرئيس عون رئيس الوزراء الأردني جعفر حسان.";
        assertEquals(1, ofType(text, "Visit").size(), ofType(text, "Visit").toString());
    }
}
