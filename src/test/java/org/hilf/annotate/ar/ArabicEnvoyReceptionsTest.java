package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.EventMention;
import org.junit.jupiter.api.Test;

/**
 * Literal examples for {@code data/lexicon/ar/resident_envoys.txt}: the reception of an envoy resident
 * in the host country is a Meeting, not a visit. Sentences written for these tests in the style of
 * Gulf agency wires.
 */
class ArabicEnvoyReceptionsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 20);

    private static List<EventMention> events(String text) {
        return ArabicActorRecognizerTest.annotate(text, DAY).get(org.hilf.annotate.Keys.EVENTS);
    }

    @Test
    void anAmbassadorAccreditedToTheHostIsReceivedInAMeeting() {
        List<EventMention> e = events("استقبل وزير الخارجية الكويتي عبدالله اليحيا اليوم سفير البرازيل لدى البلاد بمناسبة انتهاء فترة عمله.");
        assertEquals(1, e.size(), e.toString());
        assertEquals("Meeting", e.get(0).type());
        assertTrue(e.get(0).participants().containsAll(List.of("person/abdullah-al-yahya", "state/KW", "state/BR")), e.toString());
    }

    @Test
    void courtesyAndTheStatesLongNameMayStandBetween() {
        List<EventMention> e = events("استقبل الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، اليوم، "
                + "سعادة سفير جمهورية أوزبكستان لدى الدولة، بمناسبة تعيينه.");
        assertEquals(List.of("Meeting"), e.stream().map(EventMention::type).toList(), e.toString());
    }

    @Test
    void aMinisterReceivedIsStillAVisit() {
        List<EventMention> e = events("استقبل وزير الخارجية الكويتي عبدالله اليحيا اليوم وزير الخارجية البرازيلي ماورو فييرا.");
        assertEquals(List.of("Visit"), e.stream().map(EventMention::type).toList(), e.toString());
    }

    @Test
    void theAmbassadorsRankBeforeAVisitorsNameIsCourtesy() {
        // "السفير" before a name is a rank: the Arab League's official visits Kuwait
        List<EventMention> e = events("استقبل وزير الخارجية الكويتي عبدالله اليحيا اليوم السفير حسام زكي الأمين العام المساعد لجامعة الدول العربية.");
        assertEquals(List.of("Visit"), e.stream().map(EventMention::type).toList(), e.toString());
    }
}
