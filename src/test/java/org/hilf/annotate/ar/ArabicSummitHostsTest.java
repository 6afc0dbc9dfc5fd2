package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of the state that hosted a summit ({@code ArabicSummitWords.withHostOfPlace}): an
 * earlier summit a background sentence recalls with its place takes the place's state; a summit
 * reported as it happens does not (its venue is no attendee). Sentences written for these tests.
 */
class ArabicSummitHostsTest {

    private static List<EventMention> summitsOf(String text, LocalDate day, int year) {
        return annotate(text, day).get(Keys.EVENTS).stream()
                .filter(e -> e.type().equals("Summit") && e.date() != null && e.date().start().getYear() == year).toList();
    }

    @Test
    void anEarlierSummitRecalledWithItsPlaceHasItsHost() {
        String lead = "اختتمت القمة الخليجية الخامسة والأربعون أعمالها، الأحد، في الكويت.\n\n";
        List<EventMention> s = summitsOf(lead + "وكانت القمة الرابعة والأربعون قد عقدت في العاصمة القطرية الدوحة "
                + "في ديسمبر 2023.", LocalDate.of(2024, 12, 1), 2023);
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).participants().containsAll(List.of("org/gcc", "state/QA")), s.toString());
    }

    @Test
    void aSummitReportedAsItHappensDoesNotTakeItsVenue() {
        List<EventMention> s = summitsOf("انطلقت اليوم في بروكسل أعمال القمة الخليجية الأوروبية الأولى.",
                LocalDate.of(2024, 10, 16), 2024);
        assertEquals(1, s.size(), s.toString());
        assertFalse(s.get(0).participants().contains("state/BE"), s.toString());
    }
}
