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

    @Test
    void guillemetsAroundAShortNameBreakNothing() {
        // "«إيكواس»" inside a title is a name set off, not a quotation; a longer quotation keeps its breaks
        List<Token> t = tokens("وقال رئيس مفوضية «إيكواس» عمر أليو توراي إن المنطقة «تواجه خطر التفكك» الآن");
        assertEquals(List.of(false, false, false, false, false, false, false, false, false, true, false, false, true),
                t.stream().map(Token::breakBefore).toList());
    }

    @Test
    void aShortQuotedNameLeavesTheSpeakerHisTitle() {
        var d = ArabicActorRecognizerTest.annotate("عنوان\n\nوقال رئيس مفوضية «إيكواس» عمر أليو توراي إن المنطقة تواجه خطر التفكك.",
                java.time.LocalDate.of(2024, 12, 26));
        assertEquals(List.of("person/omar-alieu-touray"), d.get(org.hilf.annotate.Keys.STATEMENTS).get(0).speakers());
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
