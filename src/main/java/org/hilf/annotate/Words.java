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
        String t = text.strip();
        return t.isEmpty() ? 0 : SPACES.split(t).length;
    }
}
