package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WordRangeTest {
    @Test
    void aRangeHashesAndEqualsTheStringItSpans() {
        WordRange r = new WordRange("وزار اليابان امس").at(5, 12);
        assertEquals("اليابان", r.toString());
        assertEquals("اليابان".hashCode(), r.hashCode());
        assertTrue(r.equals("اليابان"));
        assertFalse(r.equals("اليابا"));
        assertFalse(r.equals("واليابان"));
    }

    @Test
    void aMapOfWordsAnswersForARange() {
        Map<Object, Integer> words = new HashMap<>();
        words.put("زار", 1);
        words.put("امس", 2);
        WordRange r = new WordRange("وزار اليابان امس");
        assertEquals(1, words.get(r.at(1, 4)));
        assertEquals(2, words.get(r.at(13, 16)));
        assertNull(words.get(r.at(5, 12)));
    }

    /** The tokenizer's tokens take their word and readings from the clitics' table: the same string, no second lookup. */
    @Test
    void tokensComeWithTheirReadings() {
        ArabicNormalizer n = new ArabicNormalizer();
        Clitics c = new Clitics(n);
        String text = "واليابان واليابان";
        List<Token> tokens = new Tokenizer(c).tokens(NormalizedText.of(text, n), 0, text.length());
        assertEquals(List.of("واليابان", "واليابان"), tokens.stream().map(Token::text).toList());
        assertSame(tokens.get(0).text(), tokens.get(1).text());
        assertSame(c.readings(tokens.get(0)), c.readings("واليابان"));
        assertTrue(c.readings(tokens.get(1)).stream().anyMatch(r -> r.word().equals("اليابان")));
    }
}
