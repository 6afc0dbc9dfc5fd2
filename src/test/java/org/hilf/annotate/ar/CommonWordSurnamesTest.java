package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * A surname that is also a common word with the article is no short form of the gazetteer
 * (data/gazetteer/README.md, short_ar): after a title it is the common word. Sentences written for these tests.
 */
class CommonWordSurnamesTest {
    private static List<String> people(String text) {
        return annotate(text, LocalDate.of(2025, 4, 13)).get(Keys.ACTORS).stream().map(ActorMention::entityId)
                .filter(id -> id.startsWith("person/")).toList();
    }

    @Test
    void theGuestPresidentIsNoOneButTheGuest() {
        List<String> p = people("ورحب رئيس الدولة بالرئيس الضيف، مؤكدا متانة العلاقات، ثم أقام مأدبة غداء تكريما للوفد الضيف.");
        assertTrue(p.stream().noneMatch(id -> id.equals("person/mohammed-deif")), p.toString());
    }
}
