package org.hilf.annotate.ar;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A folded copy of a text with a map from every folded position back to the original, so that
 * matches found on the folded text are reported with offsets into the original.
 * Immutable but for the token lists it keeps ({@link #tokens}); thread-safe.
 */
public final class NormalizedText {
    private final String original;
    private final String folded;
    /** toOriginal[i] = offset in the original of folded char i; toOriginal[length] = original length; past it, unused. */
    private final int[] toOriginal;
    /**
     * The token lists made of ranges of this text, by range: six annotators tokenise each sentence
     * of an article, and tokenising was a tenth of the annotation time.
     */
    private final Map<Long, List<Token>> tokens = new ConcurrentHashMap<>();

    private NormalizedText(String original, String folded, int[] toOriginal) {
        this.original = original;
        this.folded = folded;
        this.toOriginal = toOriginal;
    }

    public static NormalizedText of(String original, ArabicNormalizer normalizer) {
        // into arrays sized for the common case of one folded character per original one (a
        // StringBuilder's checks per character were most of the time of folding each article)
        char[] out = new char[original.length() + 1];
        int[] map = new int[out.length];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            char one = normalizer.foldOne(original.charAt(i));
            if (one != ArabicNormalizer.NOT_ONE && n + 1 < out.length) { // the common case: one for one
                map[n] = i;
                out[n++] = one;
                continue;
            }
            String f = normalizer.fold(original.charAt(i));
            if (n + f.length() >= out.length) {
                out = Arrays.copyOf(out, out.length * 2);
                map = Arrays.copyOf(map, out.length);
            }
            for (int k = 0; k < f.length(); k++) {
                map[n] = i;
                out[n++] = f.charAt(k);
            }
        }
        map[n] = original.length();
        // the map is kept as made, longer than n + 1 when marks were dropped: nothing reads past n,
        // and a trimmed copy was a twentieth of the bytes the Arabic annotation allocated
        return new NormalizedText(original, new String(out, 0, n), map);
    }

    public String original() { return original; }

    public String folded() { return folded; }

    /** The first folded position whose original offset is ≥ {@code original}. */
    public int foldedIndex(int original) {
        int lo = 0;
        int hi = folded.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toOriginal[mid] < original) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The original offset of folded position {@code i} (0 ≤ i ≤ length). */
    public int originalStart(int i) { return toOriginal[i]; }

    /** The original offset just after the folded range ending at {@code end} (exclusive). */
    public int originalEnd(int end) {
        return end == 0 ? toOriginal[0] : toOriginal[end - 1] + 1;
    }

    /** How a range of a text is tokenised: {@link Tokenizer}'s, given as a method so that no object is made per call. */
    interface Tokenize {
        List<Token> of(NormalizedText text, int from, int to);
    }

    /**
     * The tokens of original range [from, to): the list made the first time this range was asked
     * for ({@code make}, which must give an unmodifiable list, called once per range). Six
     * annotators ask for each sentence: all but the first find it by a plain lookup (a
     * computeIfAbsent with a lambda made for every call was 1.6 % of the Arabic annotation time).
     */
    List<Token> tokens(int from, int to, Tokenize make) {
        Long key = ((long) from << 32) | (to & 0xffffffffL);
        List<Token> known = tokens.get(key);
        return known != null ? known : tokens.computeIfAbsent(key, k -> make.of(this, from, to));
    }
}
