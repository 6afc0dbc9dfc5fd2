package org.hilf.annotate.ar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.hilf.annotate.Gazetteer;
import org.junit.jupiter.api.Test;

/** The gazetteer's forms at a token, found by their first word and, for longer forms, their second. */
class AliasIndexTest {
    static final ArabicNormalizer N = new ArabicNormalizer();
    static final Clitics C = new Clitics(N);
    static final AliasIndex INDEX = new AliasIndex(Gazetteer.load(), N, C);

    /** Tokens of words with a space between each, or a comma where a word is preceded by "،". */
    static List<Token> tokens(String... words) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : words) {
            boolean comma = w.startsWith("،");
            String word = N.normalize(comma ? w.substring(1) : w);
            out.add(new Token(word, at, at + word.length(), out.isEmpty() ? "" : comma ? "، " : " "));
            at += word.length() + 2;
        }
        return out;
    }

    static List<String> found(List<Token> tokens, int i) {
        return INDEX.matchesAt(tokens, i).stream().map(m -> m.entry().entityId() + ":" + (m.to() - m.from())).toList();
    }

    @Test void aLongerFormComesBeforeItsFirstWordAlone() {
        List<String> f = found(tokens("ومجلس", "الاتحاد", "الأوروبي", "يجتمع"), 0);
        assertEquals("org/council-of-the-eu:3", f.get(0), f.toString());
        assertEquals("org/eu:2", found(tokens("ومجلس", "الاتحاد", "الأوروبي"), 1).get(0));
    }

    @Test void aCommonFirstWordFindsTheNameItsSecondWordBegins() {
        assertEquals("person/mohammed-bin-salman:3", found(tokens("محمد", "بن", "سلمان", "اليوم"), 0).get(0));
    }

    @Test void aBreakAfterTheFirstWordEndsTheForm() {
        assertTrue(found(tokens("محمد", "،بن", "سلمان"), 0).stream().noneMatch(s -> s.startsWith("person/mohammed-bin-salman")));
        assertTrue(found(tokens("يجتمع", "اليوم"), 0).isEmpty());
    }
}
