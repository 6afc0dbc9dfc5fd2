package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of a title with an adjective of nationality and no name standing for the person
 * named before ({@code data/lexicon/ar/national_title_anaphors.tsv}, {@link ArabicTitleAnaphora}), and
 * of a title that begins the longer title of the person named after it.
 * Sentences written for these tests in the styles of agency wires.
 */
class ArabicNationalTitlesTest {
    private static final LocalDate DAY = LocalDate.of(2023, 12, 20);


    private static List<String> at(String text, String words) {
        int from = text.indexOf(words);
        return annotate(text, DAY).get(Keys.ACTORS).stream()
                .filter(a -> a.span().start() >= from && a.span().end() <= from + words.length() && a.role() == ActorMention.Role.NAME)
                .map(ActorMention::entityId).toList();
    }

    @Test
    void theRussianMinisterIsTheRussianMinisterNamedBefore() {
        String text = "وصل وزير الخارجية الروسي سيرغي لافروف إلى مراكش للمشاركة في المنتدى.\n\n"
                + "كما التقى الوزير الروسي نظيره العراقي فؤاد حسين.";
        assertEquals(List.of("person/sergey-lavrov"), at(text, "الوزير الروسي"));
    }

    @Test
    void theFrenchEnvoyIsThePresidentsEnvoyNamedBefore() {
        // "الموفد"، as Levantine papers call an envoy (roles.tsv special_envoy, offices.tsv)
        String text = "استقبل رئيس مجلس النواب نبيه بري في عين التينة الموفد الخاص للرئيس الفرنسي جان إيف لودريان.\n\n"
                + "وانتقل الموفد الفرنسي إلى السراي الحكومي حيث التقى رئيس حكومة تصريف الأعمال نجيب ميقاتي.";
        assertEquals(List.of("person/jean-yves-le-drian"), at(text, "الموفد الفرنسي"));
    }

    @Test
    void aTitleThatBeginsTheNextPersonsLongerTitleIsHisNotTheOneNamedBefore() {
        String text = "وشارك في القمة الرئيس الفلسطيني محمود عباس، ورئيس الجمهورية اللبنانية جوزاف عون.";
        assertEquals(List.of("person/joseph-aoun"), at(text, "ورئيس الجمهورية اللبنانية جوزاف عون"));
    }

    @Test
    void noMinisterOfThatStateNamedBeforeMeansNoOne() {
        String text = "وصل وزير الخارجية الروسي سيرغي لافروف إلى مراكش.\n\nوقال الوزير المصري إن بلاده تدعم الحوار.";
        assertTrue(at(text, "الوزير المصري").isEmpty());
    }
}
