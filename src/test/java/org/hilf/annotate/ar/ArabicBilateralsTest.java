package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.EventMention;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of data/lexicon/ar/bilateral_markers.txt ({@code ArabicBilaterals}): a meeting its
 * words call bilateral stays its own beside a visit of several states. Sentences written for these
 * tests in the style of agency wires.
 */
class ArabicBilateralsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 18);
    private static final String VISIT = "استقبل الرئيس عبد الفتاح السيسي أمس رئيسة المفوضية الأوروبية أورسولا فون دير لاين، على رأس "
            + "وفد ضم رئيسة وزراء إيطاليا جورجيا ميلوني، ورئيس قبرص نيكوس خريستودوليدس، ورئيس وزراء اليونان كيرياكوس ميتسوتاكيس.\n\n";

    private static List<EventMention> meetings(String text) { return ArabicActorRecognizerTest.events(text, DAY, "Meeting"); }

    @Test
    void aMeetingCalledBilateralIsNotTheVisitOfSeveralStates() {
        for (String words : List.of("لقاء ثنائيا", "اجتماعا ثنائيا", "لقاء منفردا")) {
            List<EventMention> m = meetings(VISIT + "وقبل الجلسة الموسعة، عقد الرئيس السيسي " + words
                    + " مع رئيس الوزراء اليوناني تناول ترسيم الحدود البحرية.");
            assertEquals(1, m.size(), words + ": " + m);
            assertTrue(m.get(0).participants().containsAll(List.of("person/abdel-fattah-el-sisi", "person/kyriakos-mitsotakis")), m.toString());
        }
    }

    @Test
    void aMeetingNotCalledBilateralIsPartOfTheVisit() {
        assertEquals(List.of(), meetings(VISIT + "وقبل الجلسة الموسعة، عقد الرئيس السيسي لقاء مع رئيس الوزراء اليوناني تناول ترسيم الحدود البحرية."));
    }
}
