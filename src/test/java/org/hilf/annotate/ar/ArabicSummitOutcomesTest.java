package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * data/lexicon/ar/outcome_nouns.txt: a summit whose outcome a sentence speaks of ("لمتابعة مقررات القمة") has been
 * held; the planning of that sentence is another gathering's, and the summit stays the one reported, not a second,
 * planned one. Sentences written for these tests.
 */
class ArabicSummitOutcomesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 5, 18);

    private static List<EventMention> summits(String text) {
        return annotate(text, DAY).get(Keys.EVENTS).stream().filter(e -> e.type().equals("Summit")).toList();
    }

    @Test
    void aSummitWhoseOutcomeIsFollowedUpIsNoPlannedSummit() {
        String lead = "انطلقت أمس في بغداد أعمال القمة العربية الرابعة والثلاثين بمشاركة القادة العرب.\n\n";
        for (String outcome : List.of("مقررات", "مخرجات", "نتائج")) {
            List<EventMention> s = summits(lead + "وقال مصدر حكومي إن بغداد ستستضيف في الخريف المقبل اجتماعا لوزراء الاقتصاد العرب لمتابعة "
                    + outcome + " القمة.");
            assertEquals(1, s.size(), outcome + " " + s);
            assertEquals(false, s.get(0).planned(), outcome + " " + s);
        }
    }

    @Test
    void aPlannedSummitStaysPlanned() {
        List<EventMention> s = summits("ومن المقرر أن تعقد القمة العربية المقبلة في الرياض العام المقبل.");
        assertEquals(1, s.size(), s.toString());
        assertEquals(true, s.get(0).planned(), s.toString());
    }
}
