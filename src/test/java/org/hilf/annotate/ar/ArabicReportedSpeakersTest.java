package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.AnnotationPipeline;
import org.hilf.annotate.Annotators;
import org.hilf.annotate.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who spoke when the words reported tell what someone else said ("وقال المتحدث إن الرئيس أكد “…”"):
 * the one who reports, in ArabicSpeechWords and ArabicSpeakers, on literal examples.
 */
class ArabicReportedSpeakersTest {
    private static final LocalDate DAY = LocalDate.of(2023, 6, 12);
    private static AnnotationPipeline pipeline;

    @BeforeAll
    static void load() { pipeline = Annotators.standard(Gazetteer.load()); }

    private static List<String> st(String text) {
        return ArabicContrastClausesTest.st(pipeline, text, DAY);
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
}
