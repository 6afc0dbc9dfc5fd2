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
    void aBodyThatConvenesOrASecurityCommitteesMeetingIsAPlannedMeeting() {
        // session_nouns.txt "تنعقد": the convening verb opens the body's session; frames.tsv joint "اللجنة الأمنية المشتركة"
        for (String next : List.of("ومن المقرر أن تنعقد اللجنة العليا المشتركة في نواكشوط قبل نهاية العام.",
                "واتفق الجانبان على عقد اجتماع للجنة الأمنية المشتركة في نواكشوط الشهر المقبل.")) {
            List<EventMention> m = planned(TALKS + next);
            assertEquals(1, m.size(), next + " " + m);
            assertEquals(Set.of("state/MA", "state/MR"), m.get(0).participants(), next);
        }
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

    @Test
    void adjectivesOfNationalityInsideTheBodysNameAreItsSides() {
        // frames.tsv "joint-sides": the adjectives stand between the body's name and "المشتركة"
        List<EventMention> m = planned("ومن المقرر أن تستضيف الكويت في الربيع المقبل اجتماع اللجنة الوزارية العراقية الكويتية المشتركة.");
        assertEquals(1, m.size(), m.toString());
        assertEquals(Set.of("state/IQ", "state/KW"), m.get(0).participants(), m.toString());
        // one adjective names no joint body of two states
        assertTrue(planned("ومن المقرر أن تعقد اللجنة الوزارية العربية اجتماعها المقبل في القاهرة.").isEmpty());
    }

    @Test
    void aCommitteeNamedByTheSidesAdjectivesAloneIsTheirJointBody() {
        // frames.tsv "joint-sides" "اللجنة": "اللجنة العراقية الأردنية المشتركة", its chairs after "برئاسة"
        List<EventMention> m = ArabicActorRecognizerTest.events("اختتمت في بغداد اليوم أعمال الدورة الثانية والثلاثين للجنة العراقية "
                + "الأردنية المشتركة، برئاسة وزير التجارة العراقي أثير داود الغريري ووزير الصناعة الأردني يعرب القضاة.", DAY, "Meeting");
        assertEquals(1, m.size(), m.toString());
        assertEquals(4, m.get(0).participants().size(), m.toString()); // the two states and the two new ministers
        assertTrue(m.get(0).participants().containsAll(Set.of("state/IQ", "state/JO")), m.toString());
        // a committee no adjective of nationality follows is no joint body: the session word reports the ministers' meeting
        m = planned("ومن المنتظر أن يترأس وزير الخارجية الجزائري أحمد عطاف ونظيره الموريتاني محمد سالم ولد مرزوك غدا "
                + "أشغال الدورة العشرين للجنة الحدودية الجزائرية الموريتانية.");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().containsAll(Set.of("person/ahmed-attaf", "person/mohamed-salem-ould-merzoug")), m.toString());
    }

    @Test
    void aSessionTheSidesArrangeToHoldIsPlanned() {
        // data/lexicon/ar/purpose_nouns.txt: "لعقد" before the session's word
        List<EventMention> m = planned(TALKS + "ويجري الطرفان ترتيبات لعقد اجتماع اللجنة العليا المشتركة في نواكشوط.");
        assertEquals(1, m.size(), m.toString());
        assertEquals(Set.of("state/MA", "state/MR"), m.get(0).participants(), m.toString());
        // "عقد" as the verb reports the session held
        assertTrue(planned(TALKS + "وعقد الطرفان اجتماع اللجنة العليا المشتركة في الرباط.").isEmpty());
    }

    @Test
    void anEpithetAfterARulersTitleDoesNotEndTheListOfChairs() {
        // data/lexicon/ar/epithets.txt: "المفدى" ends the emir's name, the list goes on after it
        List<EventMention> m = planned("ومن المقرر أن تنعقد الدورة المقبلة للجنة الاستراتيجية العليا القطرية التركية في أنقرة برئاسة "
                + "الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى وفخامة الرئيس رجب طيب أردوغان.");
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().containsAll(Set.of("state/QA", "state/TR", "person/tamim-bin-hamad",
                "person/recep-tayyip-erdogan")), m.toString());
    }
}
