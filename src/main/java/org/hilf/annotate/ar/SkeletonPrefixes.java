package org.hilf.annotate.ar;

import java.util.Collection;

/**
 * Every beginning of the skeletons of known names ({@link NameSkeleton}), as one bit per hash of
 * the beginning in one small array: {@link AliasIndex#skeletonAt} asks at nearly every token whether
 * the skeletons of the token and the next begin a known name's, and most pairs do not. Walking a
 * trie of the skeletons for it took three dependent reads of cold memory per letter (a node, its
 * characters, its children) and was 5 % of the Arabic annotation time; here a letter is one read
 * into an array of about 16 bits per beginning.
 * <p>A necessary test, never a sufficient one: a beginning of a key added is never refused; one
 * that is none passes by chance (about one in 16 per letter), so a pass must be confirmed by the
 * exact lookups. Immutable once made; thread-safe.
 */
final class SkeletonPrefixes {
    /** The value of a walk whose letters begin no key; no hash of a beginning is even. */
    static final long ABSENT = 0L;
    /** The hash of the empty beginning, where every walk of a first word starts. */
    static final long START = 1L;

    private final long[] bits;
    private final int shift;

    /** Holds every beginning of every key ({@code keys} are skeletons). */
    SkeletonPrefixes(Collection<String> keys) {
        long letters = 0;
        for (String k : keys) {
            letters += k.length();
        }
        int log = 6; // at least one long
        while ((1L << log) < letters * 16 && log < 30) {
            log++;
        }
        this.bits = new long[1 << (log - 6)];
        this.shift = Long.SIZE - log;
        for (String k : keys) {
            long h = START;
            for (int i = 0; i < k.length(); i++) {
                h = step(h, k.charAt(i));
                int b = (int) (h >>> shift);
                bits[b >>> 6] |= 1L << b;
            }
        }
    }

    /** The hash of a beginning one letter longer; odd, so never {@link #ABSENT}. */
    static long step(long h, char letter) {
        return ((h + letter) * 0x9E3779B97F4A7C15L) | 1L;
    }

    /** False when the beginning of hash {@code h} is surely no key's; true when it is one, or by chance. */
    boolean mayBegin(long h) {
        int b = (int) (h >>> shift);
        return (bits[b >>> 6] & (1L << b)) != 0;
    }
}
