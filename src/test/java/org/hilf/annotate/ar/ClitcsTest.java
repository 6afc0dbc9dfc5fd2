package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClitcsTest {
    final ArabicNormalizer n = new ArabicNormalizer();
    final Clitics c = new Clitics(n);

    List<String> words(String w) { return c.readings(n.normalize(w)).stream().map(Clitics.Reading::word).toList(); }

    @Test void theWordAsWrittenComesFirst() { assertEquals("واشنطن", words("واشنطن").get(0)); } // real first letter و

    @Test void conjunction() { assertTrue(words("واليابان").contains("اليابان")); }

    @Test void lamWithArticleRestoresTheArticle() { assertTrue(words("لليابان").contains("اليابان")); } // ل + ال

    @Test void lamBeforeANounOfLamKeepsOneLamOfTheArticle() { assertTrue(words("للجنة").contains(n.normalize("اللجنة"))); } // ل + اللجنة

    @Test void prepositionBeforeAName() { assertTrue(words("بكوريا").contains("كوريا")); }

    @Test void tooShortRemaindersAreNotReadings() { assertEquals(List.of("وب"), words("وب")); }
}
