package org.hilf.annotate.ar;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The first words of every phrase index built on one {@link Clitics} (the lexicons' phrases, the
 * gazetteer's forms), each index one bit of a word's mask and, with the bit, what the index keeps
 * for phrases of that first word: a word's readings carry their {@link Word}s ({@link
 * Clitics.Readings}), so that an index asked at a token tests a bit and takes its phrases from the
 * token's readings instead of hashing each reading into its own table again. A dozen indexes are
 * asked at every token of every sentence, and their lookups were a sixth of the Arabic annotation
 * time. Exact: a bit is set only for a word an index holds. Indexes past the 64th get no bit
 * ({@link #NONE}) and look the word up themselves.
 * Thread-safe; {@link #generation} changes with every word added, so entries made before are made again.
 */
final class FirstWords {
    /** The bit of an index that got none. */
    static final int NONE = -1;

    /**
     * What the indexes hold of one word: the bits of those with a phrase beginning with it and, for
     * each bit, the index's value for the word (its phrases of that first word), in the order of
     * the bits. Immutable.
     */
    static final class Word {
        private final long mask;
        private final Object[] values;

        private Word(long mask, Object[] values) {
            this.mask = mask;
            this.values = values;
        }

        /** True when the index of {@code bit} has a phrase beginning with this word. */
        boolean has(int bit) { return (mask & (1L << bit)) != 0; }

        /** The index of {@code bit}'s value for this word, or null when it has none. */
        Object value(int bit) {
            return has(bit) ? values[Long.bitCount(mask & ((1L << bit) - 1))] : null;
        }

        long mask() { return mask; }

        /** This word with {@code bit}'s value set to {@code value}. */
        private Word with(int bit, Object value) {
            long m = mask | (1L << bit);
            Object[] v = new Object[Long.bitCount(m)];
            for (int b = 0, k = 0; b < Long.SIZE; b++) {
                if ((m & (1L << b)) != 0) {
                    v[k++] = b == bit ? value : value(b);
                }
            }
            return new Word(m, v);
        }
    }

    private static final Word NO_INDEX = new Word(0L, new Object[0]);

    private final Map<String, Word> words = new ConcurrentHashMap<>();
    private final AtomicInteger indexes = new AtomicInteger();
    /**
     * Every generation of every instance, from one counter: a generation names one instance's
     * words at one time, so that what was made from another instance's is never current here.
     */
    private static final AtomicInteger GENERATIONS = new AtomicInteger();
    private volatile int generation = GENERATIONS.incrementAndGet();

    /** A new index's bit, or {@link #NONE} when all 64 are taken. */
    int newIndex() {
        int bit = indexes.getAndIncrement();
        return bit < Long.SIZE ? bit : NONE;
    }

    /** A new bit for a set of single words (a new index holding each), or {@link #NONE}. */
    int newSet(java.util.Collection<String> words) {
        int bit = newIndex();
        words.forEach(w -> add(w, bit, Boolean.TRUE));
        return bit;
    }

    /**
     * Records that the index of {@code bit} has phrases beginning with {@code word}, kept in
     * {@code value} (which the index may still add to; it is the same object each time).
     */
    void add(String word, int bit, Object value) {
        if (bit != NONE) {
            words.compute(word, (w, old) -> (old == null ? NO_INDEX : old).with(bit, value));
            generation = GENERATIONS.incrementAndGet();
        }
    }

    /** What the indexes hold of {@code word}; null when none has a phrase beginning with it. */
    Word word(String word) {
        return words.get(word);
    }

    /**
     * Changes whenever a word is added: entries made in an older generation are stale; no two
     * instances are ever in the same generation.
     */
    int generation() {
        return generation;
    }
}
