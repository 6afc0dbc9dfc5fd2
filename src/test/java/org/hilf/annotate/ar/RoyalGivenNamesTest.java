package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples for {@code data/lexicon/ar/royal_honorifics.txt}: after a royal's honorific, the
 * given name of one person the article named in full is that person. Sentences written for these
 * tests in the style of Gulf agency wires.
 */
class RoyalGivenNamesTest {
    private static List<String> people(String text) {
        return ArabicActorRecognizerTest.annotate(text, LocalDate.of(2025, 5, 18)).get(Keys.ACTORS).stream()
                .map(ActorMention::entityId).filter(id -> id.startsWith("person/")).toList();
    }

    @Test
    void theHonorificAndGivenNameOfOneNamedBefore() {
        assertEquals(List.of("person/tamim-bin-hamad", "person/tamim-bin-hamad"),
                people("حضر القمة أمير قطر الشيخ تميم بن حمد آل ثاني. وأكد الشيخ تميم دعم بلاده."));
    }

    @Test
    void theGivenNameAloneIsNoOne() {
        assertEquals(List.of("person/tamim-bin-hamad"), people("حضر القمة أمير قطر الشيخ تميم بن حمد آل ثاني. وقال تميم إن القمة ناجحة."));
    }

    @Test
    void twoNamedWithThatGivenNameLeaveItNoOne() {
        assertEquals(List.of("person/mohamed-bin-zayed", "person/mohammed-bin-salman"),
                people("التقى الشيخ محمد بن زايد آل نهيان ولي العهد السعودي الأمير محمد بن سلمان. وقال الشيخ محمد إن اللقاء مثمر."));
    }
}
