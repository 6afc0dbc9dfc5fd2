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
 * Literal examples of whose summit a summit word is ({@code data/lexicon/ar/summit_names.tsv} and the
 * reference list of summits by place): the adjective after it, definite or not, names the body; a
 * place alone names it only when no other body met there then. Sentences written for these tests.
 */
class ArabicSummitNamesTest {

    private static List<EventMention> summits(String text, LocalDate day) {
        return annotate(text, day).get(Keys.EVENTS).stream().filter(e -> e.type().equals("Summit")).toList();
    }

    @Test
    void anIndefiniteAdjectiveNamesTheBodiesAsTheDefiniteOneDoes() {
        List<EventMention> s = summits("أول قمة خليجية أوروبية في بروكسل تبحث الشراكة والأمن الإقليمي.", LocalDate.of(2024, 10, 16));
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).participants().containsAll(List.of("org/gcc", "org/eu")), s.toString());
        s = summits("استضافت الجزائر قمة عربية في نوفمبر 2022 بعد انقطاع دام ثلاث سنوات.", LocalDate.of(2022, 11, 3));
        assertEquals(1, s.size(), s.toString());
        assertEquals("org/arab-league", s.get(0).organizerId(), s.toString());
    }

    @Test
    void aPlaceAloneNamesTheBodyOnlyWhenNoOtherBodyMetThere() {
        // Madrid hosted only NATO's summit in those years
        List<EventMention> s = summits("وكان الحلف قد دعا فنلندا والسويد إلى الانضمام خلال قمة مدريد.", LocalDate.of(2023, 4, 4));
        assertEquals(1, s.size(), s.toString());
        assertEquals("org/nato", s.get(0).organizerId(), s.toString());
        // Moscow hosted the CSTO's and the CIS's: "a summit in Moscow" is neither's
        s = summits("وعقد الرئيسان قمة في موسكو تناولت التعاون الاقتصادي.", LocalDate.of(2025, 5, 9));
        assertTrue(s.stream().noneMatch(e -> e.organizerId() != null), s.toString());
    }

    /** ArabicSessions.ofSession: "ل" after a session's word is its genitive ("the 38th session of the summit"), not a purpose. */
    @Test
    void theNumberedSessionOfASummitIsThatSummitHeldNotPlanned() {
        List<EventMention> s = summits("التقى وزير الخارجية المغربي ناصر بوريطة اليوم الأحد في أديس أبابا نظيره المصري بدر عبد العاطي، "
                + "على هامش الدورة العادية الثامنة والثلاثين لقمة الاتحاد الإفريقي.", LocalDate.of(2025, 2, 16));
        assertEquals(1, s.size(), s.toString());
        assertEquals("org/african-union", s.get(0).organizerId());
        assertTrue(!s.get(0).planned(), s.toString());
        s = summits("شارك الرئيس الجزائري عبد المجيد تبون اليوم الجمعة في الجلسة الموسعة لقمة مجموعة السبع في إيطاليا.",
                LocalDate.of(2024, 6, 14));
        assertTrue(s.size() == 1 && !s.get(0).planned(), s.toString());
        // a meeting that prepares the summit: the summit is still to come
        s = summits("وعقد وزراء الخارجية أمس اجتماعا تحضيريا لقمة الاتحاد الإفريقي في أديس أبابا.", LocalDate.of(2025, 2, 13));
        assertTrue(!s.isEmpty() && s.stream().allMatch(EventMention::planned), s.toString());
    }
}
