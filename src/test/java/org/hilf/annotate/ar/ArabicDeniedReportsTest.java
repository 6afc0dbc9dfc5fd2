package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of a denied report of an event ({@link ArabicDeniedReports},
 * {@code data/lexicon/ar/denied_reports.txt}, {@code data/lexicon/ar/denial_verbs.txt}). Sentences written
 * for these tests in the style of agency wires.
 */
class ArabicDeniedReportsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 9, 2);

    private static List<EventMention> meetings(String text) {
        return annotate(text, DAY).get(Keys.EVENTS).stream().filter(e -> e.type().equals("Meeting")).toList();
    }

    @Test
    void aMeetingADenialSaysWasOnlyReportedIsNone() {
        List<EventMention> m = meetings("وقال المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين اليوم، نافيا تقارير عن اجتماع "
                + "بين الرئيس فلاديمير بوتين ورئيس الوزراء الباكستاني شهباز شريف.");
        assertTrue(m.isEmpty(), m.toString());
    }

    @Test
    void aReportedMeetingNoOneDeniesIsAMeeting() {
        List<EventMention> m = meetings("وعقد الرئيس فلاديمير بوتين اجتماعا مع رئيس الوزراء الباكستاني شهباز شريف اليوم، "
                + "بعد تقارير عن توتر في العلاقات.");
        assertEquals(1, m.size(), m.toString());
    }

    @Test
    void aMeetingWhosePlansAreDeniedIsNone() {
        List<EventMention> m = meetings("ونفى المتحدث باسم الكرملين دميتري بيسكوف وجود أي خطط لعقد لقاء بين الرئيس فلاديمير بوتين "
                + "ورئيس الوزراء الأرميني نيكول باشينيان في المستقبل القريب.");
        assertTrue(m.isEmpty(), m.toString());
    }
}
