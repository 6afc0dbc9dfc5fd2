package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * A full name read by its consonant skeleton (a spelling the gazetteer lacks: "بيلاوسوف" for
 * "بيلوسوف") lets its surname, as the article spells it, stand alone later. Sentences written for
 * these tests in the style of a Russian agency's Arabic wire.
 */
class ArticleSpellingSurnamesTest {
    private static List<String> people(String text) {
        return ArabicActorRecognizerTest.annotate(text, LocalDate.of(2024, 6, 13)).get(Keys.ACTORS).stream()
                .map(ActorMention::entityId).filter(id -> id.startsWith("person/")).toList();
    }

    @Test
    void afterATitle() {
        assertEquals(List.of("person/andrei-belousov", "person/andrei-belousov"),
                people("وقال وزير الدفاع الروسي أندريه بيلاوسوف إن المناورات ستجري في الخريف. وأضاف بيلاوسوف أن بلاده مستعدة."));
    }

    @Test
    void withoutATitle() {
        assertEquals(List.of("person/andrei-belousov", "person/andrei-belousov"),
                people("وصل أندريه بيلاوسوف إلى أستانا أمس. والتقى بيلاوسوف رئيس الوزراء."));
    }
}
