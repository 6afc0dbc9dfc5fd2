package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of the sessions of two states' joint bodies ({@link ArabicJointBodies}, the
 * "joint" frame of {@code data/lexicon/ar/frames.tsv}, the words of {@code session_nouns.txt}).
 * Sentences written for these tests in the styles of Maghreb and Gulf agency wires.
 */
class ArabicJointBodiesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 1, 15);
    private static final String TALKS = "التقى وزير الخارجية المغربي ناصر بوريطة اليوم في الرباط نظيره الموريتاني محمد سالم ولد مرزوك.\n\n";


    private static List<EventMention> planned(String text) {
        return annotate(text, DAY).get(Keys.EVENTS).stream().filter(EventMention::planned).toList();
    }

    @Test
    void theNextSessionOfAJointCommitteeIsAPlannedMeetingOfTheTwoStatesJustNamed() {
        List<EventMention> m = planned(TALKS + "واتفق الجانبان على عقد الدورة المقبلة للجنة العليا المشتركة في نواكشوط.");
        assertEquals(1, m.size(), m.toString());
        assertEquals("Meeting", m.get(0).type());
        assertEquals(Set.of("state/MA", "state/MR"), m.get(0).participants()); // the states, not the ministers
    }

    @Test
    void adjectivesOfNationalityAfterTheBodyAreItsSides() {
        List<EventMention> m = planned("ومن المنتظر أن تحتضن دكار في الخريف المقبل اجتماع اللجنة المشتركة الموريتانية السنغالية.");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().containsAll(Set.of("state/MR", "state/SN")), m.toString());
    }

    @Test
    void aBodyNamedWithoutASessionIsNoMeeting() {
        List<EventMention> m = planned(TALKS + "واتفق الجانبان على تفعيل اللجنة العليا المشتركة وتوسيع مجالات عملها في السنوات المقبلة.");
        assertTrue(m.isEmpty(), m.toString());
    }

    @Test
    void withoutTwoStatesJustNamedTheSessionHasNoSides() {
        List<EventMention> m = planned("وأكد المتحدث أن الدورة المقبلة للجنة العليا المشتركة ستعقد قبل نهاية السنة.");
        assertTrue(m.isEmpty(), m.toString());
    }
}
