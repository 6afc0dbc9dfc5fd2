package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.Annotators;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of who attends a summit when the sentence names them in a list the chunker reads
 * across titles and asides ({@code ArabicCoordination.bodyOfTitleAfter}, its asides "بصفته …"), and when
 * the attendance frame's subject is no one named ("قادة الدول الأعضاء") but "إلى جانب" names someone,
 * and of the sides of a meeting named by two offices one after the other.
 * Sentences written for these tests in the styles of agency wires.
 */
class ArabicAttendanceTest {

    @BeforeAll
    static void load() {
        if (ArabicActorRecognizerTest.pipeline == null) {
            ArabicActorRecognizerTest.pipeline = Annotators.standard(Gazetteer.load());
        }
    }

    private static List<EventMention> summits(String text, LocalDate day) {
        return annotate(text, day).get(Keys.EVENTS).stream().filter(e -> e.type().equals("Summit")).toList();
    }

    @Test
    void whoAttendsBesideUnnamedLeadersAttendsWithTheBodyOfTheTitleAfterTheName() {
        List<EventMention> s = summits("انطلقت اليوم في القاهرة أعمال القمة العربية الأوروبية.\n\nوشارك في القمة قادة ورؤساء وفود "
                + "الدول الأعضاء في المنظمتين، إلى جانب السيدة أورسولا فون دير لاين رئيسة المفوضية الأوروبية، ومعالي السيد أحمد "
                + "أبو الغيط الأمين العام لجامعة الدول العربية.", LocalDate.of(2024, 2, 20));
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).participants().containsAll(List.of("person/ursula-von-der-leyen", "org/european-commission",
                "person/ahmed-aboul-gheit")), s.toString());
    }

    @Test
    void anAsideOnWhatCapacitySomeoneActsInDoesNotEndTheList() {
        List<EventMention> s = summits("افتتح الرئيس الموريتاني محمد ولد الشيخ الغزواني، بصفته الرئيس الحالي للاتحاد الإفريقي، "
                + "والرئيس الإيطالي سيرجو ماتاريلا أمس في روما أعمال القمة الإيطالية الإفريقية.", LocalDate.of(2024, 1, 30));
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).participants().containsAll(List.of("person/mohamed-ould-ghazouani", "person/sergio-mattarella")),
                s.toString());
    }

    @Test
    void aTitleAloneBeforeAnotherOfficeIsItsOwnSideOfTheMeeting() {
        // ArabicTitleAnaphora.anotherOffice: "سمو ولي العهد" stands alone before "رئيس الوزراء الماليزي"
        List<EventMention> m = annotate("وترأس وفد الكويت سمو ولي العهد الشيخ صباح خالد الحمد الصباح.\n\nوعلى هامش القمة، التقى "
                + "سمو ولي العهد رئيس الوزراء الماليزي، وبحثا التعاون في مجال الطاقة.", LocalDate.of(2025, 5, 27))
                .get(Keys.EVENTS).stream().filter(e -> e.type().equals("Meeting")).toList();
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).participants().containsAll(List.of("person/sabah-al-khalid", "person/anwar-ibrahim")), m.toString());
    }
}
