package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The masks of first words that phrase indexes test instead of looking each reading up must say exactly what the index holds. */
class FirstWordsTest {
    final ArabicNormalizer n = new ArabicNormalizer();
    final Clitics c = new Clitics(n);

    Token token(String word) { return new Token(n.normalize(word), 0, word.length(), ""); }

    @Test void aTokenWithNoReadingThatBeginsAPhraseIsRefused() {
        PhraseIndex<String> idx = new PhraseIndex<String>(c, false).add(List.of(n.normalize("اليابان")), "JP");
        assertTrue(idx.at(List.of(token("بكين")), 0, r -> true).isEmpty());
        assertEquals("JP", idx.longestAt(List.of(token("واليابان")), 0, r -> true).value()); // و + اليابان
    }

    @Test void masksMadeBeforeAnIndexGrewAreMadeAgain() {
        PhraseIndex<String> idx = new PhraseIndex<>(c, false);
        List<Token> tokens = List.of(token("لليابان"));
        assertTrue(idx.at(tokens, 0, r -> true).isEmpty());
        idx.add(List.of(n.normalize("اليابان")), "JP"); // after the token's readings were made
        assertEquals("JP", idx.longestAt(tokens, 0, r -> true).value());
    }

    /** A token read by one Clitics is read again by another: their first words are never of the same generation. */
    @Test void aTokenReadByOtherCliticsIsReadAgain() {
        Clitics other = new Clitics(n);
        int bit = other.firstWords.newSet(Set.of(n.normalize("الحلف")));
        Token t = token("والحلف");
        assertFalse(c.mayBegin(t, c.firstWords.newIndex())); // read by c, where no index holds it
        assertTrue(other.mayBegin(t, bit));
    }

    @Test void readingsIfGivesNoneWhenNoReadingIsOfTheSet() {
        int bit = c.firstWords.newSet(Set.of(n.normalize("الحلف")));
        assertTrue(c.readingsIf(token("والحلف"), bit).stream().map(Clitics.Reading::word).toList().contains(n.normalize("الحلف")));
        assertTrue(c.readingsIf(token("التحالف"), bit).isEmpty());
    }

    @Test void aSetOfWordsHasABitOfItsOwn() {
        int bit = c.firstWords.newSet(Set.of(n.normalize("الحلف")));
        assertTrue(c.mayBegin(token("والحلف"), bit));
        assertFalse(c.mayBegin(token("التحالف"), bit));
    }

    @Test void indexesPastTheSixtyFourthLookWordsUpThemselves() {
        List<PhraseIndex<String>> many = new ArrayList<>();
        for (int k = 0; k < 70; k++) {
            many.add(new PhraseIndex<String>(c, false).add(List.of(n.normalize("قمة"), n.normalize("الناتو")), "summit" + k));
        }
        List<Token> tokens = List.of(token("وقمة"), token("الناتو"));
        for (int k = 0; k < 70; k++) {
            assertEquals("summit" + k, many.get(k).longestAt(tokens, 0, r -> true).value());
        }
        assertTrue(c.mayBegin(token("قمة"), FirstWords.NONE));
    }

    /** Each index finds its own phrases of a word in the word's entry, whatever bits other indexes set on it. */
    @Test void aWordKeepsEachIndexsPhrasesByItsBit() {
        FirstWords words = new FirstWords();
        int a = words.newIndex();
        int b = words.newIndex();
        int unused = words.newIndex();
        words.add("قمة", b, "b's");
        words.add("قمة", a, "a's");
        FirstWords.Word w = words.word("قمة");
        assertEquals("a's", w.value(a));
        assertEquals("b's", w.value(b));
        assertEquals(null, w.value(unused));
        assertFalse(w.has(unused));
        assertEquals(null, words.word("الناتو"));
    }

    @Test void readingsGiveTheIndexsPhrasesOfTheirWord() {
        PhraseIndex<String> idx = new PhraseIndex<String>(c, false)
                .add(List.of(n.normalize("اليابان")), "JP")
                .add(List.of(n.normalize("اليابان"), n.normalize("الجديدة")), "new JP");
        List<Token> tokens = List.of(token("لليابان"), token("الجديدة"));
        assertEquals(List.of("new JP", "JP"), idx.at(tokens, 0, r -> true).stream().map(PhraseIndex.Hit::value).toList());
    }
}
