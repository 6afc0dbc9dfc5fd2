package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/** Literal examples of data/lexicon/ar/chair_capacities.tsv (org.hilf.annotate.ChairCapacities). Sentences written for these tests. */
class ChairCapacitiesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 2, 15);

    private static List<String> st(String text) {
        return annotate(text, DAY).get(Keys.STATEMENTS).stream()
                .map(s -> String.join("+", s.speakers()) + " for " + String.join("+", s.onBehalfOf())).toList();
    }

    @Test
    void aPresidentSpeakingAsTheBodysChairSpeaksForTheBody() {
        assertEquals(List.of("person/joao-lourenco for org/african-union"), st("افتتحت القمة أعمالها أمس. "
                + "وقال الرئيس الأنغولي جواو لورنسو، بصفته رئيسا للدورة الحالية للاتحاد الأفريقي، إن القارة \"لن تبقى متفرجة\"."));
    }

    @Test
    void withoutTheCapacityHeSpeaksForHisState() {
        assertEquals(List.of("person/joao-lourenco for state/AO"), st("افتتحت القمة أعمالها أمس. "
                + "وقال الرئيس الأنغولي جواو لورنسو إن القارة \"لن تبقى متفرجة\"."));
    }
}
