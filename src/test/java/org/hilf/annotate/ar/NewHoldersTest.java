package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of data/lexicon/ar/new_holder_words.txt: a title, a word for its new holder, his
 * name. He speaks for the body of the office the title names, even before his term in the gazetteer
 * begins. Sentences written for these tests.
 */
class NewHoldersTest {
    private static List<String> st(String text, LocalDate day) {
        return annotate(text, day).get(Keys.STATEMENTS).stream()
                .map(s -> String.join("+", s.speakers()) + " for " + String.join("+", s.onBehalfOf())).toList();
    }

    @Test
    void theNewChairOfTheCommissionSpeaksForTheUnion() {
        // elected in February 2025, in office from March: the title names the office, the gazetteer its body
        assertEquals(List.of("person/mahmoud-ali-youssouf for org/african-union"),
                st("وتعهد رئيس المفوضية الجديد محمود علي يوسف بأن يجعل السلم أولوية الأولويات.", LocalDate.of(2025, 2, 16)));
    }

    @Test
    void withoutTheWordTheTitleStillNamesHim() {
        assertEquals(List.of("person/mahmoud-ali-youssouf for org/african-union"),
                st("وقال رئيس المفوضية محمود علي يوسف إن السلم أولوية.", LocalDate.of(2025, 6, 1)));
    }

    @Test
    void theLeaderOfTheNewAdministrationIsMet() {
        // "الجديدة" between the state's body and the name parts neither from the phrase "والتقى" opens
        String text = "عنوان\nقال وزير الخارجية التركي هاكان فيدان إن بلاده تدعم سوريا. وكان فيدان قد زار دمشق في 22"
                + " كانون الأول الماضي، والتقى قائد الإدارة السورية الجديدة أحمد الشرع، في أول زيارة من نوعها.";
        assertEquals(List.of("Visit [person/hakan-fidan, state/TR, state/SY, person/ahmed-al-sharaa]"),
                annotate(text, LocalDate.of(2025, 1, 10)).get(Keys.EVENTS).stream()
                        .map(e -> e.type() + " " + e.participants()).toList());
    }
}
