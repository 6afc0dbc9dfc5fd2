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
 * Literal examples of talks held during a visit the sentence has just reported ({@link ArabicVisitEncounters}):
 * those met take part in the visit, and no meeting of its own is read. Sentences written for these
 * tests in the style of agency wires.
 */
class ArabicVisitEncountersTest {
    private static final LocalDate DAY = LocalDate.of(2025, 4, 15);

    private static List<EventMention> events(String text) {
        return annotate(text, DAY).get(Keys.EVENTS);
    }

    @Test
    void talksHeldDuringTheVisitAreTheVisits() {
        List<EventMention> e = events("هانوي – اختتم الرئيس الصيني شي جين بينغ، اليوم الثلاثاء، زيارة دولة إلى فيتنام استمرت يومين، "
                + "أجرى خلالها محادثات مع الأمين العام للحزب الشيوعي الفيتنامي تو لام.");
        assertEquals(1, e.size(), e.toString());
        assertEquals("Visit", e.get(0).type());
        assertTrue(e.get(0).participants().containsAll(List.of("person/xi-jinping", "state/CN", "state/VN", "person/to-lam")),
                e.toString());
    }

    @Test
    void whomTheVisitorMeetsDuringItTakesPart() {
        List<EventMention> e = events("أجرى وزير الخارجية التركي هاكان فيدان، الأحد، زيارة إلى العاصمة السورية دمشق، "
                + "التقى خلالها الرئيس السوري أحمد الشرع.");
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).participants().containsAll(List.of("person/hakan-fidan", "person/ahmed-al-sharaa")), e.toString());
    }

    @Test
    void aMeetingDuringAVisitToTheTravelsDestinationIsThatVisit() {
        List<EventMention> e = annotate("ومن المنتظر أن يتوجه رئيس الوزراء الهندي ناريندرا مودي إلى العاصمة برازيليا الثلاثاء "
                + "في زيارة دولة يجري خلالها محادثات مع الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا.", DAY).get(Keys.EVENTS);
        assertEquals(1, e.size(), e.toString());
        assertEquals("Visit", e.get(0).type(), e.toString());
        assertTrue(e.get(0).participants().containsAll(List.of("person/narendra-modi", "person/luiz-inacio-lula-da-silva")),
                e.toString());
    }

    @Test
    void whomTheVisitorMetDuringHisVisitReportedEarlierTakesPartInIt() {
        List<EventMention> v = events("وصل المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي إلى طهران، الثلاثاء، في زيارة تستمر يومين.\n\n"
                + "وقال مراقبون إن الملف النووي يمر بمرحلة حساسة.\n\n"
                + "والتقى غروسي خلال زيارته وزير الخارجية الإيراني عباس عراقجي.").stream().filter(e -> e.type().equals("Visit")).toList();
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).participants().containsAll(List.of("person/rafael-grossi", "state/IR", "person/abbas-araghchi")),
                v.toString());
    }
}
