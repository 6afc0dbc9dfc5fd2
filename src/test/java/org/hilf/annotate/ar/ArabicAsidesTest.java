package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples for ArabicAsides and {@code data/lexicon/ar/sideline_markers.txt} ("على هامشها"):
 * sentences written for these tests in the style of agency wires.
 */
class ArabicAsidesTest {

    private static List<EventMention> planned(String text) {
        return annotate(text, LocalDate.of(2025, 9, 18)).get(Keys.EVENTS).stream().filter(EventMention::planned).toList();
    }

    @Test
    void theTwoCountriesAfterASidelineMeetingAreTheStorys() {
        List<EventMention> m = planned("وقع ولي العهد السعودي الأمير محمد بن سلمان ورئيس الوزراء الباكستاني محمد شهباز شريف اليوم في الرياض "
                + "اتفاقية دفاع مشترك بين البلدين.\n\nكما شارك رئيس الوزراء الباكستاني في القمة العربية الإسلامية التي استضافتها الدوحة "
                + "الاثنين الماضي، والتقى على هامشها أمير قطر الشيخ تميم بن حمد آل ثاني.\n\nومن المنتظر أن تعقد اللجنة العسكرية "
                + "المشتركة بين البلدين اجتماعها المقبل في إسلام آباد قبل نهاية العام.");
        assertTrue(m.stream().anyMatch(e -> e.participants().containsAll(List.of("state/SA", "state/PK"))), m.toString());
        assertTrue(m.stream().noneMatch(e -> e.participants().contains("state/QA")), m.toString());
    }

    @Test
    void thePluperfectIsAnAside() {
        String text = "وكان الرئيس الطاجيكي إمام علي رحمن قد استقبل بوتين في قصر الأمة.";
        assertTrue(ArabicAsides.pluperfect(new Tokenizer().tokens(NormalizedText.of(text, new ArabicNormalizer()), 0, text.length())));
        String now = "وكان في استقباله لدى وصوله رئيس الوزراء.";
        assertFalse(ArabicAsides.pluperfect(new Tokenizer().tokens(NormalizedText.of(now, new ArabicNormalizer()), 0, now.length())));
    }

    @Test
    void theTwoCountriesAfterAPluperfectReceptionAreTheStorys() {
        List<EventMention> m = planned("التقى الرئيس الروسي فلاديمير بوتين اليوم نظيره الأذربيجاني إلهام علييف في دوشنبه.\n\n"
                + "وكان الرئيس الطاجيكي إمام علي رحمن قد استقبل بوتين في قصر الأمة.\n\nومن المنتظر أن تعقد اللجنة الحكومية "
                + "المشتركة بين البلدين اجتماعها المقبل في باكو قبل نهاية العام.");
        assertTrue(m.stream().anyMatch(e -> e.participants().containsAll(List.of("state/RU", "state/AZ"))), m.toString());
        assertTrue(m.stream().noneMatch(e -> e.participants().contains("state/TJ")), m.toString());
    }
}
