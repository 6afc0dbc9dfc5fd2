package org.hilf.annotate;

/**
 * A filter before a map of words looked up at every token: one bit per hash of the words it holds
 * (about 16 bits a word, so about one absent word in 16 gets through), so that most tokens, which
 * begin no phrase of a lexicon, are refused by one look into a small array instead of a probe of a
 * large hash table (the phrase and alias indexes' lookups were 8 % of the Arabic annotation time).
 * Never refuses a word it holds. Not thread-safe while being filled; read-only use is.
 */
public final class WordFilter {
    private long[] bits = new long[1];
    private int count;
    private String[] words = new String[8];

    /** Holds {@code word} from now on. */
    public void add(String word) {
        if (count == words.length) {
            words = java.util.Arrays.copyOf(words, count * 2);
        }
        words[count++] = word;
        if ((long) count * 16 > (long) bits.length * 64) {
            bits = new long[bits.length * 2];
            for (int k = 0; k < count; k++) {
                set(words[k]);
            }
        } else {
            set(word);
        }
    }

    /** False when the word was never added; true when it was, or by chance. */
    public boolean mayContain(String word) {
        int h = spread(word.hashCode());
        return (bits[(h >>> 6) & (bits.length - 1)] & (1L << h)) != 0;
    }

    private void set(String word) {
        int h = spread(word.hashCode());
        bits[(h >>> 6) & (bits.length - 1)] |= 1L << h;
    }

    /** The hash's high bits mixed into the low ones, which pick the bit (as HashMap does). */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
