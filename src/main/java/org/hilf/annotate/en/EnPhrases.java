package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of a lexicon as folded word lists, indexed by their first word, for matching at a word
 * of a sentence in time independent of the lexicon's size. Immutable after construction (add all
 * phrases before sharing it); thread-safe then.
 *
 * @param <T> what a phrase stands for
 */
public final class EnPhrases<T> {

    /** A phrase found at words [from, to). */
    public record Hit<T>(T value, int from, int to) { }

    private record Entry<T>(List<String> words, T value) { }

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
    private final boolean breaks;

    /** {@code breaks}: punctuation between the words of a phrase breaks it (names, titles). */
    public EnPhrases(boolean breaks) { this.breaks = breaks; }

    public EnPhrases<T> add(List<String> words, T value) {
        if (!words.isEmpty()) {
            List<Entry<T>> list = byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>());
            list.add(new Entry<>(List.copyOf(words), value));
            list.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
        }
        return this;
    }

    /** Every phrase at word i, longest first. */
    public List<Hit<T>> at(List<EnToken> tokens, int i) {
        List<Entry<T>> cands = byFirst.get(tokens.get(i).folded());
        if (cands == null) {
            return List.of();
        }
        List<Hit<T>> out = new ArrayList<>(2);
        for (Entry<T> e : cands) {
            int n = e.words().size();
            if (i + n > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) {
                EnToken t = tokens.get(i + k);
                ok = t.folded().equals(e.words().get(k)) && !(breaks && t.breakBefore());
            }
            if (ok) {
                out.add(new Hit<>(e.value(), i, i + n));
            }
        }
        return out;
    }

    /** The longest phrase at word i, or null. */
    public Hit<T> longestAt(List<EnToken> tokens, int i) {
        List<Hit<T>> all = at(tokens, i);
        return all.isEmpty() ? null : all.get(0);
    }

    /** True when some phrase starts at word i. */
    public boolean startsAt(List<EnToken> tokens, int i) { return longestAt(tokens, i) != null; }

    /** The first phrase whose first word lies in [from, to), or null. */
    public Hit<T> firstIn(List<EnToken> tokens, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
            Hit<T> h = longestAt(tokens, k);
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    /**
     * Word {@code j} is {@code word} joined by a hyphen to the word before it ("Nairobi-based",
     * "President-elect").
     */
    static boolean hyphenated(List<EnToken> tokens, int j, String word) {
        return j < tokens.size() && tokens.get(j).folded().equals(word) && tokens.get(j).gap().equals("-");
    }

    /** Index of the word at offset {@code offset} (the last word starting at or before it). */
    public static int indexAt(List<EnToken> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        int best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }
}
