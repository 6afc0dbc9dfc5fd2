package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/** data/lexicon/ar/contrast_openers.txt and ArabicContrastClauses: a second speaker in one sentence, on literal examples. */
class ArabicContrastClausesTest {
    /** Each statement as "speaker+speaker for body+body", by the standard pipeline the Arabic tests share. */
    static List<String> st(String text, LocalDate day) {
        AnnotatedArticle d = ArabicActorRecognizerTest.annotate(text, day);
        return d.get(Keys.STATEMENTS).stream()
                .map(s -> String.join("+", s.speakers()) + " for " + String.join("+", s.onBehalfOf())).toList();
    }

    private static List<String> st(String text) {
        return st(text, LocalDate.of(2024, 5, 2));
    }

    @Test
    void aSecondClauseWithItsOwnVerbOfSpeechIsASecondStatement() {
        assertEquals(List.of("person/vladimir-putin for state/RU", "person/xi-jinping for state/CN"),
                st("وقال الرئيس الروسي فلاديمير بوتين إن المحادثات \"بناءة ومفيدة\"، فيما أكد الرئيس الصيني شي جين بينغ أن بلاده تدعم الحوار."));
        assertEquals(List.of("person/vladimir-putin for state/RU", "person/xi-jinping for state/CN"),
                st("وشدد الرئيس الروسي فلاديمير بوتين على أهمية التعاون، بينما دعا الرئيس الصيني شي جين بينغ إلى حل سياسي."));
        assertEquals(List.of("person/vladimir-putin for state/RU", "person/xi-jinping for state/CN"),
                st("وقال الرئيس الروسي فلاديمير بوتين إن العلاقات متينة، في حين أعرب الرئيس الصيني شي جين بينغ عن ارتياحه."));
    }

    @Test
    void aContrastWithoutAVerbOfSpeechOrWithoutASpeakerAddsNothing() {
        assertEquals(List.of("person/vladimir-putin for state/RU"),
                st("وقال الرئيس الروسي فلاديمير بوتين إن المحادثات بناءة، فيما يتعلق بالتجارة والطاقة."));
        assertEquals(List.of("person/vladimir-putin for state/RU"),
                st("وقال الرئيس الروسي فلاديمير بوتين إن المحادثات بناءة، فيما شارك الرئيس الصيني شي جين بينغ في الاجتماع."));
        assertEquals(List.of("person/vladimir-putin for state/RU"),
                st("وقال الرئيس الروسي فلاديمير بوتين إن المحادثات بناءة، فيما أضاف أن الخلافات قائمة."));
    }
}
