package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.hilf.annotate.WordFilter;

/**
 * Phrases of a lexicon (folded word lists) indexed by their first word, for matching at a token
 * of a sentence in time independent of the lexicon's size. The first word may carry proclitics
 * (the caller says which readings it accepts); the other words must follow as written.
 * Immutable after construction; thread-safe.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {

    /** A phrase found at tokens [from, to), read through {@code reading}. */
    public record Hit<T>(T value, List<String> words, int from, int to, Clitics.Reading reading) { }

    private record Entry<T>(List<String> words, T value) { }

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
    /**
     * This index's bit in the clitics' {@link FirstWords}, tested first: most tokens begin no
     * phrase. An index that got no bit asks {@link #firsts} instead.
     */
    private final int bit;
    /** The keys of {@link #byFirst}, for an index without a bit. */
    private final WordFilter firsts = new WordFilter();
    private final Clitics clitics;
    private final boolean breaks;

    /**
     * @param breaks true when punctuation between the words of a phrase breaks it (names, titles);
     *               false when only the words count (event words)
     */
    public PhraseIndex(Clitics clitics, boolean breaks) {
        this.clitics = clitics;
        this.breaks = breaks;
        this.bit = clitics.firstWords.newIndex();
    }

    public PhraseIndex<T> add(List<String> words, T value) {
        if (!words.isEmpty()) {
            byFirst.computeIfAbsent(words.get(0), k -> {
                List<Entry<T>> phrases = new ArrayList<>();
                firsts.add(k);
                clitics.firstWords.add(k, bit, phrases);
                return phrases;
            }).add(new Entry<>(List.copyOf(words), value));
        }
        return this;
    }

    /**
     * The phrases at token i, longest first; {@code allowed} filters the readings of the first word.
     * Unmodifiable (most tokens begin no phrase: they get the one empty list, and no sort; as in
     * {@link AliasIndex#matchesAt}, {@link Collections#emptyList()}, whose iterator is no new object).
     */
    public List<Hit<T>> at(List<Token> tokens, int i, Predicate<Clitics.Reading> allowed) {
        if (!clitics.mayBegin(tokens.get(i), bit)) {
            return Collections.emptyList();
        }
        Clitics.Readings readings = tokens.get(i).readings(clitics);
        List<Hit<T>> out = null;
        // by index, not by iterator: this runs for a dozen indexes at every token
        for (int ri = 0; ri < readings.list.size(); ri++) {
            Clitics.Reading r = readings.list.get(ri);
            List<Entry<T>> cands = phrases(readings, ri, r);
            if (cands == null || !allowed.test(r)) {
                continue;
            }
            for (int ci = 0; ci < cands.size(); ci++) {
                Entry<T> e = cands.get(ci);
                int n = e.words().size();
                if (i + n > tokens.size()) {
                    continue;
                }
                boolean ok = true;
                for (int k = 1; k < n && ok; k++) {
                    Token t = tokens.get(i + k);
                    ok = t.text().equals(e.words().get(k)) && !(breaks && t.breakBefore());
                }
                if (ok) {
                    if (out == null) {
                        out = new ArrayList<>(2);
                    }
                    out.add(new Hit<>(e.value(), e.words(), i, i + n, r));
                }
            }
        }
        if (out == null) {
            return Collections.emptyList();
        }
        out.sort((a, b) -> (b.to() - b.from()) - (a.to() - a.from()));
        return Collections.unmodifiableList(out);
    }

    /**
     * The phrases that begin with reading {@code r}, the k-th of {@code readings}, or null: kept with
     * the readings when this index has a bit, else looked up.
     */
    @SuppressWarnings("unchecked") // the value this index gave FirstWords.add for the word
    private List<Entry<T>> phrases(Clitics.Readings readings, int k, Clitics.Reading r) {
        if (bit != FirstWords.NONE) {
            return (List<Entry<T>>) readings.phrases(k, bit);
        }
        return firsts.mayContain(r.word()) ? byFirst.get(r.word()) : null;
    }

    /** The longest phrase at token i, or null. */
    public Hit<T> longestAt(List<Token> tokens, int i, Predicate<Clitics.Reading> allowed) {
        List<Hit<T>> hits = at(tokens, i, allowed);
        return hits.isEmpty() ? null : hits.get(0);
    }

    /** Readings with no clitic, or only a conjunction (و، ف): an event word or a title as written. */
    public static boolean conjunctionOnly(Clitics.Reading r) {
        return r.prefix().isEmpty() || r.prefix().equals("و") || r.prefix().equals("ف");
    }
}
