package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Who spoke when the words reported tell what someone else said ("وقال المتحدث إن الرئيس أكد “…”"):
 * the one who reports, in ArabicSpeechWords and ArabicSpeakers, on literal examples.
 */
class ArabicReportedSpeakersTest {
    private static final LocalDate DAY = LocalDate.of(2023, 6, 12);

    private static List<String> st(String text) {
        return ArabicContrastClausesTest.st(text, DAY);
    }

    @Test
    void aVerbOfSpeechInsideTheReportedWordsIsNotWhoSpoke() {
        assertEquals(List.of("person/dmitry-peskov for state/RU"),
                st("وقال المتحدث باسم الكرملين دميتري بيسكوف إن الرئيس بوتين أكد خلال اللقاء \"التزام روسيا بالحوار مع جميع الأطراف\"."));
    }

    @Test
    void aCommaMayCloseTheReportedWordsBeforeAnotherSpeaker() {
        assertEquals(List.of("state/SA for state/SA"),
                st("ويرى مراقبون أن التحرك يهدف إلى ملء الفراغ، غير أن مصدرا في الخارجية السعودية قال إن الرياض \"لا تنظر إلى الأمر من زاوية التنافس\"."));
    }

    @Test
    void theBodyInAPersonsTitleDoesNotSpeakTheTitledPersonDoes() {
        assertEquals(List.of("person/dmitry-peskov for state/RU"),
                st("وقال المتحدث الرسمي باسم الكرملين الروسي السيد دميتري بيسكوف في بيان إن المحادثات بناءة."));
    }

    /** The year of each statement's own date, or "none". */
    private static List<String> dates(String text) {
        return ArabicActorRecognizerTest.annotate(text, LocalDate.of(2025, 3, 10)).get(Keys.STATEMENTS).stream()
                .map(s -> s.date() == null ? "none" : String.valueOf(s.date().start().getYear())).toList();
    }

    @Test
    void aDateInTheReportedWordsOrInARelativeClauseDoesNotDateTheSaying() {
        assertEquals(List.of("none"), dates("وقال الرئيس الروسي فلاديمير بوتين إن بلاده تريد علاقات \"مبنية على الاحترام\"، "
                + "مشيرا إلى أن الاتفاق الموقع في مارس 2023 يجري تنفيذه."));
        assertEquals(List.of("none"), dates("وأكد الرئيس الروسي فلاديمير بوتين أهمية البناء على نتائج القمة التي استضافتها موسكو في أكتوبر الماضي."));
        assertEquals(List.of("2025"), dates("وأكد الرئيس الروسي فلاديمير بوتين يوم الأحد أن الحوار ضروري."));
    }
}
