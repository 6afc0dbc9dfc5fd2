package org.hilf.annotate;

import java.util.regex.Pattern;

/**
 * Words of a text as whitespace separates them, with the expression compiled once: {@code
 * String.split("\\s+")} compiles it on every call, and rules count the words of every sentence,
 * quotation and line. Stateless and thread-safe.
 */
public final class Words {
    /** Runs of whitespace, as {@code \s+}. */
    public static final Pattern SPACES = Pattern.compile("\\s+");

    private Words() { }

    /** As {@code text.split("\\s+")}. */
    public static String[] split(String text) {
        return SPACES.split(text);
    }

    /** How many words a text holds: 0 when it is blank, else {@code text.strip().split("\\s+").length}. */
    public static int count(String text) {
        return count(text, 0, text.length());
    }

    /**
     * {@link #count(String)} of characters [from, to) of {@code text}, counted where they stand: no
     * copy, no array of words (the zoner counts every line, the statements every quotation, and
     * the copies and arrays were 3 % of the bytes the Arabic annotation allocated). As there: the
     * range stripped of {@link Character#isWhitespace} at both ends, then one word more than the
     * runs of {@code \s} (ASCII whitespace) inside.
     */
    public static int count(CharSequence text, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (a == b) {
            return 0;
        }
        int words = 1;
        boolean inSpace = false;
        for (int i = a; i < b; i++) {
            boolean space = isSpace(text.charAt(i));
            if (space && !inSpace) {
                words++;
            }
            inSpace = space;
        }
        return words;
    }

    /** As {@code \s} of a pattern without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
