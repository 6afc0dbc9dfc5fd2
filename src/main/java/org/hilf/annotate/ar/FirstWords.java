package org.hilf.annotate.ar;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The first words of every phrase index built on one {@link Clitics} (the lexicons' phrases, the
 * gazetteer's forms), each index one bit of a word's mask: a word's readings carry their masks
 * ({@link Clitics.Readings}), so that an index asked at a token tests a bit instead of hashing each
 * reading again. A dozen indexes are asked at every token of every sentence, and their lookups
 * were a sixth of the Arabic annotation time. Exact: a bit is set only for a word an index holds.
 * Indexes past the 64th get no bit ({@link #NONE}) and look the word up themselves.
 * Thread-safe; {@link #generation} changes with every word added, so masks made before are made again.
 */
final class FirstWords {
    /** The bit of an index that got none. */
    static final int NONE = -1;

    private final Map<String, Long> masks = new ConcurrentHashMap<>();
    private final AtomicInteger indexes = new AtomicInteger();
    private final AtomicInteger generation = new AtomicInteger();

    /** A new index's bit, or {@link #NONE} when all 64 are taken. */
    int newIndex() {
        int bit = indexes.getAndIncrement();
        return bit < Long.SIZE ? bit : NONE;
    }

    /** A new bit for a set of single words (a new index holding each), or {@link #NONE}. */
    int newSet(java.util.Collection<String> words) {
        int bit = newIndex();
        words.forEach(w -> add(w, bit));
        return bit;
    }

    /** Records that the index of {@code bit} has a phrase beginning with {@code word}. */
    void add(String word, int bit) {
        if (bit != NONE) {
            masks.merge(word, 1L << bit, (a, b) -> a | b);
            generation.incrementAndGet();
        }
    }

    /** The bits of the indexes with a phrase beginning with {@code word}; 0 when none. */
    long mask(String word) {
        Long m = masks.get(word);
        return m == null ? 0L : m;
    }

    /** Changes whenever a word is added: masks made in an older generation are stale. */
    int generation() {
        return generation.get();
    }
}
