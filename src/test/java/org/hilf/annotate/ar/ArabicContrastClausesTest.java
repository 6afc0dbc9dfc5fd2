package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.AnnotationPipeline;
import org.hilf.annotate.Annotators;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Keys;
import org.hilf.read.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** data/lexicon/ar/contrast_openers.txt and ArabicContrastClauses: a second speaker in one sentence, on literal examples. */
class ArabicContrastClausesTest {
    private static AnnotationPipeline pipeline;

    @BeforeAll
    static void load() { pipeline = Annotators.standard(Gazetteer.load()); }

    /** Each statement as "speaker+speaker for body+body". */
    static List<String> st(AnnotationPipeline pipeline, String text, LocalDate day) {
        AnnotatedArticle d = pipeline.annotate(new Article("t", "t.txt", "t.txt", text, null, day, Article.DateBasis.MANIFEST, "ar", null, "text/plain"));
        return d.get(Keys.STATEMENTS).stream()
                .map(s -> String.join("+", s.speakers()) + " for " + String.join("+", s.onBehalfOf())).toList();
    }

    private static List<String> st(String text) {
        return st(pipeline, text, LocalDate.of(2024, 5, 2));
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
