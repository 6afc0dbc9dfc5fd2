package org.hilf.annotate;

/**
 * {@link Character#isLetter(char)} and {@link Character#isLetterOrDigit(char)} read from a table
 * of every char made once from those methods, so they answer the same. The Arabic tokenizer and
 * the date patterns' word starts ask them for every character of every sentence, and the JDK's
 * lookups through its tables of properties were 3 % of the Arabic annotation time. Thread-safe.
 */
public final class Letters {
    private static final long[] LETTER = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
    private static final long[] LETTER_OR_DIGIT = new long[LETTER.length];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isLetter((char) c)) {
                LETTER[c >>> 6] |= 1L << c;
            }
            if (Character.isLetterOrDigit((char) c)) {
                LETTER_OR_DIGIT[c >>> 6] |= 1L << c;
            }
        }
    }

    private Letters() { }

    /** As {@link Character#isLetter(char)}. */
    public static boolean isLetter(char c) {
        return (LETTER[c >>> 6] & (1L << c)) != 0;
    }

    /** As {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        return (LETTER_OR_DIGIT[c >>> 6] & (1L << c)) != 0;
    }
}
