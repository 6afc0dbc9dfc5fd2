package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.EventMention;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of an undated report of the article's news kept apart from a later report its own
 * words date to another year ({@code EventDating.newsBeforeBackground}). Sentences written for these
 * tests in the style of Lebanese agency copy.
 */
class ArabicBackgroundEncountersTest {

    @Test
    void todaysMeetingIsNotThePastVisitToldAfterIt() {
        String text = "لودريان في بيروت لبحث دعم لبنان\n\n"
                + "استقبل الرئيس جوزاف عون اليوم الموفد الفرنسي جان إيف لودريان في قصر بعبدا.\n\n"
                + "وقال لودريان للصحافيين إن فرنسا ستبقى إلى جانب لبنان.\n\n"
                + "وأضاف أن باريس تعد لمؤتمر دولي لدعم الجيش.\n\n"
                + "ثم زار لودريان عين التينة والتقى رئيس مجلس النواب نبيه بري.\n\n"
                + "وكان لودريان قد زار بيروت للمرة الأولى في يونيو 2023.";
        List<EventMention> e = ArabicActorRecognizerTest.annotate(text, LocalDate.of(2025, 6, 5)).get(org.hilf.annotate.Keys.EVENTS);
        EventMention past = e.stream().filter(x -> x.date() != null && x.date().start().getYear() == 2023).findFirst().orElseThrow();
        assertEquals(List.of("person/jean-yves-le-drian", "state/FR", "state/LB"), List.copyOf(past.participants()), e.toString());
        assertTrue(e.stream().anyMatch(x -> x.participants().contains("person/nabih-berri")
                && (x.date() == null || x.date().start().getYear() == 2025)), e.toString());
    }
}
