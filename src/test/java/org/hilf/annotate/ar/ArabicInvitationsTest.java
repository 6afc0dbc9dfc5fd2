package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of {@link ArabicInvitations} and its lexicons (data/lexicon/ar/invitation_nouns.txt,
 * invitation_receipts.txt): an invitation to visit is a planned visit of the one invited. Sentences
 * written for these tests.
 */
class ArabicInvitationsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 5, 1);

    private static List<EventMention> visits(String text) {
        return ArabicActorRecognizerTest.annotate(text, DAY).get(Keys.EVENTS).stream().filter(e -> e.type().equals("Visit")).toList();
    }

    @Test
    void theOneInvitedAfterIlaOrLiWillVisitTheStateNamed() {
        List<EventMention> v = visits("ووجه الرئيس الفرنسي إيمانويل ماكرون دعوة إلى العاهل المغربي الملك محمد السادس لزيارة فرنسا.");
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).planned(), v.toString());
        assertEquals("person/mohammed-vi", v.get(0).visitor());
        assertEquals("state/FR", v.get(0).host());
        // the inviter is not told to receive him
        assertEquals(Set.of("person/mohammed-vi", "state/MA", "state/FR"), v.get(0).participants());
        List<EventMention> w = visits("وجدد الشيخ تميم بن حمد آل ثاني أمير دولة قطر دعوته للرئيس الإيراني مسعود بزشكيان لزيارة الدوحة.");
        assertEquals(1, w.size(), w.toString());
        assertEquals("state/QA", w.get(0).host());
        assertEquals("person/masoud-pezeshkian", w.get(0).visitor());
    }

    @Test
    void whoReceivesOrIsHandedTheInvitationIsTheGuest() {
        List<EventMention> v = visits("وأعلن الوزير أن الرئيس السوري أحمد الشرع تلقى أمس دعوة لزيارة تركيا في الخريف.");
        assertEquals(1, v.size(), v.toString());
        assertEquals(Set.of("person/ahmed-al-sharaa", "state/SY", "state/TR"), v.get(0).participants());
        List<EventMention> w = visits("وسلم الرئيس القرغيزي صادر جباروف أمير قطر الشيخ تميم بن حمد دعوة لزيارة قرغيزستان.");
        assertEquals(1, w.size(), w.toString());
        assertEquals("person/tamim-bin-hamad", w.get(0).visitor());
        assertEquals("state/KG", w.get(0).host());
    }

    @Test
    void anInvitationToMeetOrAVisitUnderWayMakesNoPlannedVisit() {
        assertTrue(visits("ووجه وزير الخارجية الدعوة لعقد الاجتماع المقبل للجنة المشتركة في القاهرة.").isEmpty());
        List<EventMention> v = visits("وصل الرئيس السوري أحمد الشرع إلى أنقرة مساء أمس بدعوة من نظيره التركي.");
        assertTrue(v.stream().noneMatch(EventMention::planned), v.toString());
    }
}
