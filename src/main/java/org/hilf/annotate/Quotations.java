package org.hilf.annotate;

import java.util.ArrayList;
import java.util.List;


/**
 * The quotations of a sentence: spans inside “…”، «…»، "…" and ‘…’ (the marks excluded). A
 * quotation opened and not closed runs to the sentence's end when it is long enough to be words
 * said. Quoted words are what someone said: not participants of an event, the content of a
 * statement. Stateless.
 */
public final class Quotations {
    /** An unclosed quotation shorter than this is a stray mark, not words said. */
    private static final int MIN_UNCLOSED = 10;

    private Quotations() { }

    public static List<Span> of(String text, Sentence s) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = s.start(); i < s.end(); i++) {
            char c = text.charAt(i);
            if (open < 0) {
                closer = switch (c) {
                    case '“' -> '”';
                    case '«' -> '»';
                    case '"' -> '"';
                    case '‘' -> '’';
                    default -> 0;
                };
                if (closer != 0) {
                    open = i + 1;
                }
            } else if (c == closer || (closer == '”' && c == '“' && i > open)) {
                out.add(new Span(open, i)); // “…“: some outlets close with the opening mark
                open = -1;
            }
        }
        if (open >= 0 && s.end() - open > MIN_UNCLOSED) {
            out.add(new Span(open, s.end()));
        }
        return out;
    }

    public static boolean inside(List<Span> quotations, int offset) {
        return Span.anyContains(quotations, offset);
    }

    /** How many words a quotation holds. */
    public static int words(String text, Span q) {
        return org.hilf.annotate.Words.count(text, q.start(), q.end());
    }
}
