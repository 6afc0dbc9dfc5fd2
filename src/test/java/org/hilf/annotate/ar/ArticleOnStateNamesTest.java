package org.hilf.annotate.ar;

import static org.hilf.annotate.ar.ArabicActorRecognizerTest.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/**
 * Literal examples of words that a state's name or capital written without the article becomes
 * when the article is put before it: an adjective or another name, never the state
 * ({@code AliasIndex.articleOnBareState}). Sentences written for these tests.
 */
class ArticleOnStateNamesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 4, 10);

    private static List<String> states(String text) {
        return annotate(text, DAY).get(Keys.ACTORS).stream().map(ActorMention::entityId).filter(id -> id.startsWith("state/")
                || id.startsWith("place/")).toList();
    }

    @Test
    void financialIsNeitherMaliNorMale() {
        assertEquals(List.of(), states("وبحث الجانبان الدعم المالي للاجئين وتعزيز استقرار الأسواق المالية."));
        assertEquals(List.of(), states("وأكد وزير المالية أن المؤسسات المالية الدولية ستواصل دعمها."));
    }

    @Test
    void aSurnameBeginningWithTheArticleIsNoCapital() {
        // ألباريس: ا + ل + باريس would be Paris, standing for France
        assertFalse(states("وقال وزير الخارجية الإسباني خوسيه مانويل ألباريس إن بلاده تدعم الحوار.").contains("state/FR"));
    }

    @Test
    void theStatesThemselvesStillStand() {
        assertEquals(List.of("state/ML"), states("وصل الوزير إلى مالي في زيارة رسمية."));
        assertEquals(List.of("state/JP"), states("وتستضيف اليابان الاجتماع المقبل."));
    }
}
