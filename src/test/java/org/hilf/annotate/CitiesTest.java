package org.hilf.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.read.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of {@code data/gazetteer/cities.tsv}: a city that is not a capital is a place in its
 * state, so a visit to it is a visit to the state, in both languages; a summit city of summits.tsv is the
 * same place; a name that is also a common word is no city. Sentences written for these tests.
 */
class CitiesTest {
    static Gazetteer gazetteer;
    static AnnotationPipeline pipeline;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
        pipeline = Annotators.standard(gazetteer);
    }

    private static List<EventMention> events(String text, String language, LocalDate day) {
        Article a = new Article("k", "t.txt", "t.txt", text, null, day, Article.DateBasis.MANIFEST, language, null, "text/plain");
        return pipeline.annotate(a).get(Keys.EVENTS);
    }

    @Test
    void aCityIsAPlaceInItsStateAndNeverAnActor() {
        Entity munich = gazetteer.entity("place/city-munich").orElseThrow();
        assertEquals(EntityType.PLACE, munich.type(), munich.toString());
        assertEquals("state/DE", munich.countryId(), munich.toString());
        // Tianjin hosted the SCO summit of 2025: one place, named by both files
        assertEquals("state/CN", gazetteer.entity("place/city-tianjin").orElseThrow().countryId());
        assertTrue(!gazetteer.summitsAt("place/city-tianjin").isEmpty());
    }

    @Test
    void arrivingInACityIsAVisitToItsState() {
        LocalDate day = LocalDate.of(2025, 2, 15);
        List<EventMention> ar = events("وصل وزير الخارجية القطري إلى ميونخ أمس في زيارة تستغرق يومين.", "ar", day);
        assertEquals(1, ar.size(), ar.toString());
        assertTrue(ar.get(0).type().equals("Visit") && ar.get(0).participants().contains("state/DE"), ar.toString());
        List<EventMention> en = events("Qatar's prime minister arrived in Sharm el-Sheikh on Friday for talks.", "en", day);
        assertEquals(1, en.size(), en.toString());
        assertTrue(en.get(0).type().equals("Visit") && en.get(0).participants().contains("state/EG"), en.toString());
    }

    @Test
    void aCityNameThatIsAlsoAWordIsLeftOut() {
        // "العين" (the eye, Al Ain) and "الأقصر" (the shortest, Luxor) are not in the file as Arabic names
        assertTrue(gazetteer.forms().stream().noneMatch(f -> f.kind() == Gazetteer.FormKind.PLACE
                && (f.text().equals("العين") || f.text().equals("الأقصر"))));
        assertTrue(gazetteer.entity("place/city-al-ain").isEmpty());
    }
}
