package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();

    private static List<Token> tokens(String text) {
        return new Tokenizer().tokens(NormalizedText.of(text, NORMALIZER), 0, text.length());
    }

    @Test
    void aDetachedCliticJoinsItsWord() {
        assertEquals(List.of("التقي", "الناتو", "في", "لتوسيع", "و", "بالحلف"),
                tokens("التقى الـ\"ناتو\" في لـ”توسيع و بالحلف").stream().map(Token::text).toList());
    }

    /** The token that contains an offset or ends after it, as the scan from the first token found it. */
    @Test
    void indexAtIsTheFirstTokenEndingAfterTheOffset() {
        String text = "  قال الوزير، في بيان: نعم ";
        List<Token> tokens = tokens(text);
        for (int offset = -1; offset <= text.length() + 1; offset++) {
            int expected = tokens.size();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).end() > offset) {
                    expected = i;
                    break;
                }
            }
            assertEquals(expected, Tokenizer.indexAt(tokens, offset), "offset " + offset);
        }
        assertEquals(0, Tokenizer.indexAt(List.of(), 3));
    }
}
