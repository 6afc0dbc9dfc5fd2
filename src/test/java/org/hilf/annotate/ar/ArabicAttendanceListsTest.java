package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.EventMention;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of the whole list a verb of attending names after the gathering's word
 * ({@link ArabicAttendanceLists}, {@code data/lexicon/ar/attendance_list_ends.txt}). Sentences written
 * for these tests in the style of agency wires.
 */
class ArabicAttendanceListsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 5, 28);
    private static final String SUMMIT = "انعقدت اليوم في كوالالمبور القمة الثانية بين مجلس التعاون لدول الخليج العربية ورابطة آسيان.\n\n";

    private static EventMention theSummit(String text) {
        return ArabicActorRecognizerTest.theOnly(text, DAY, "Summit");
    }

    @Test
    void everyTitledPersonOfTheListAttends() {
        EventMention s = theSummit(SUMMIT + "وشارك في القمة أمير قطر الشيخ تميم بن حمد آل ثاني، وولي العهد رئيس مجلس الوزراء "
                + "البحريني الأمير سلمان بن حمد آل خليفة، ووزير الخارجية السعودي الأمير فيصل بن فرحان.");
        assertTrue(s.participants().containsAll(List.of("person/tamim-bin-hamad", "person/salman-bin-hamad",
                "person/faisal-bin-farhan")), s.toString());
    }

    @Test
    void theListEndsWhereAnotherClauseBegins() {
        EventMention s = theSummit(SUMMIT + "وشارك في القمة أمير قطر الشيخ تميم بن حمد آل ثاني، فيما غاب عنها "
                + "ولي العهد السعودي الأمير محمد بن سلمان.");
        assertTrue(s.participants().contains("person/tamim-bin-hamad"), s.toString());
        assertFalse(s.participants().contains("person/mohammed-bin-salman"), s.toString());
    }

    @Test
    void theListGoesOnPastTheHostsRelativeClauseAfterEachOf() {
        // "كل من" (each of) opens a list of subjects; the host's clause between is no end of the list
        EventMention s = theSummit(SUMMIT + "وشارك في القمة، التي استضافها رئيس الوزراء الماليزي أنور إبراهيم، كل من أمير قطر "
                + "الشيخ تميم بن حمد آل ثاني، والرئيس الإندونيسي برابوو سوبيانتو.");
        assertTrue(s.participants().containsAll(List.of("person/anwar-ibrahim", "person/tamim-bin-hamad", "person/prabowo-subianto")),
                s.toString());
    }

    @Test
    void eachOfThatSignedApartMakesNoAgreementOfBoth() {
        List<EventMention> a = ArabicActorRecognizerTest.events("ووقعت كل من روسيا وأوكرانيا في إسطنبول اليوم اتفاقا منفصلا مع تركيا "
                + "والأمم المتحدة.", DAY, "Agreement");
        assertFalse(a.stream().anyMatch(e -> e.participants().containsAll(List.of("state/RU", "state/UA"))), a.toString());
    }
}
