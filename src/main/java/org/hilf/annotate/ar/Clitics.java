package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hilf.annotate.Tsv;

/**
 * The readings of a word with and without its proclitics (و ف ب ل ك ال لل and combinations,
 * from {@code data/lexicon/ar_clitics.txt}). The word as written comes first, so a name that
 * begins with one of these letters (واشنطن، فرنسا، بكين، لندن، كيشيدا) is found before any
 * stripped reading; callers accept a stripped reading only when it is a known word.
 * Thread-safe; its only state after construction is a cache of readings already made.
 */
public final class Clitics {
    /** Shortest remainder that may stand after a stripped clitic. */
    private static final int MIN_REMAINDER = 2;
    private static final String ARTICLE = "ال";

    /** One reading: the word without {@code prefix}. */
    public record Reading(String word, String prefix) {
        public boolean stripped() { return !prefix.isEmpty(); }
    }

    /**
     * A word's readings with what the {@link FirstWords} hold of their words, made in one
     * generation of them: phrase indexes test their bit here, and take their phrases of the
     * reading's word from here, instead of looking each reading up.
     */
    static final class Readings {
        final List<Reading> list;
        /** masks[k]: the indexes with a phrase beginning with list[k]'s word. */
        private final long[] masks;
        /** words[k]: what the indexes hold of list[k]'s word; null when none has a phrase beginning with it. */
        private final FirstWords.Word[] words;
        /** The masks or-ed: the indexes any reading may begin a phrase of. */
        private final long any;
        /** The generation of the first words they were made in ({@link FirstWords#generation}). */
        final int generation;

        private Readings(List<Reading> list, FirstWords firstWords, int generation) {
            this.list = list;
            this.masks = new long[list.size()];
            this.words = new FirstWords.Word[list.size()];
            long or = 0;
            for (int k = 0; k < masks.length; k++) {
                words[k] = firstWords.word(list.get(k).word());
                masks[k] = words[k] == null ? 0L : words[k].mask();
                or |= masks[k];
            }
            this.any = or;
            this.generation = generation;
        }

        /** The bits of the indexes any reading's word may begin a phrase of. */
        long any() { return any; }

        /** False when reading k's word begins no phrase of the index of {@code bit} (not {@link FirstWords#NONE}). */
        boolean mayBegin(int k, int bit) { return (masks[k] & (1L << bit)) != 0; }

        /**
         * What the index of {@code bit} (not {@link FirstWords#NONE}) keeps for the phrases that
         * begin with reading k's word, as it gave it to {@link FirstWords#add}; null when none does.
         */
        Object phrases(int k, int bit) {
            return mayBegin(k, bit) ? words[k].value(bit) : null;
        }
    }

    /**
     * The clitics, longest first, grouped by their first character: a word is tried only against
     * those that begin as it does (readings is called for every token by many rules; trying all
     * 22 clitics each time was a sixth of the annotation time). Each group keeps the order of
     * the whole list, so readings come in the same order.
     */
    private final Map<Character, List<String>> prefixesByFirst;
    /**
     * Readings already made, by word: a word's readings are asked for by a dozen rules, for every
     * token, and making them was a tenth of the annotation time. Bounded: words past
     * {@link #CACHED_WORDS} are read anew each time (a word's readings never change).
     */
    private final Map<Object, Readings> cache = new ConcurrentHashMap<>(); // keys are Strings, asked by String or WordRange
    private static final int CACHED_WORDS = 50_000;

    public Clitics(ArabicNormalizer normalizer) {
        List<String> p = new ArrayList<>();
        for (String w : Tsv.words("lexicon/ar_clitics.txt")) {
            p.add(normalizer.normalize(w));
        }
        p.sort((a, b) -> b.length() - a.length());
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String prefix : p) {
            if (!prefix.isEmpty()) {
                byFirst.computeIfAbsent(prefix.charAt(0), c -> new ArrayList<>()).add(prefix);
            }
        }
        byFirst.replaceAll((c, list) -> List.copyOf(list));
        this.prefixesByFirst = Map.copyOf(byFirst);
    }

    /**
     * How many folded characters of {@code token} are clitics before {@code word}: "واليابان" before
     * "اليابان" has 1; "لليابان" before "اليابان" (ل + ال with its alef dropped) has 2; 0 when none.
     */
    public static int prefixLength(String token, String word) {
        if (token.endsWith(word)) {
            return token.length() - word.length();
        }
        if (word.startsWith(ARTICLE) && token.endsWith(word.substring(ARTICLE.length()))) {
            return token.length() - word.length() + ARTICLE.length();
        }
        return 0;
    }

    /** The first words of the phrase indexes built on these clitics. */
    final FirstWords firstWords = new FirstWords();

    /** The word itself, then each reading without a clitic (longest clitic first); unmodifiable. */
    public List<Reading> readings(String word) {
        return readingsOf(word).list;
    }

    /** The readings of a token's word, kept with the token: a sentence's tokens are read by a dozen rules. */
    public List<Reading> readings(Token token) {
        return token.readings(this).list;
    }

    /** {@link #readings(String)} with their masks of the current generation of {@link #firstWords}. */
    Readings readingsOf(String word) {
        return readingsOf(word, cache.get(word));
    }

    /**
     * The readings of the word that {@code range} stands at, as {@link #readingsOf(String)} gives
     * them: looked up by the range's characters, so a word already read needs no string of its
     * own (the tokenizer asks this for every word of every sentence; the substring it made per
     * token was a sixth of the bytes the Arabic annotation allocated, and its hash was made again
     * at the first rule's lookup). The readings' first word is the word's one string.
     */
    Readings readingsOf(WordRange range) {
        Readings known = cache.get(range);
        return known != null && known.generation == firstWords.generation() ? known : readingsOf(range.toString(), known);
    }

    /** The readings of {@code word} in the current generation; {@code known} is what the cache held for it, or null. */
    private Readings readingsOf(String word, Readings known) {
        int generation = firstWords.generation();
        if (known != null && known.generation == generation) {
            return known;
        }
        // a word read again keeps its first string: the tokens found by range take their text from it
        Readings made = new Readings(known != null ? known.list : List.copyOf(read(word)), firstWords, generation);
        if (known != null || cache.size() < CACHED_WORDS) {
            cache.put(made.list.get(0).word(), made);
        }
        return made;
    }

    /**
     * The token's readings when one may begin a phrase of the index of {@code bit} (or be a word of
     * the set of {@code bit}: {@link #mayBegin}), else none: a loop over them is passed over at once.
     */
    List<Reading> readingsIf(Token token, int bit) {
        return mayBegin(token, bit) ? readings(token) : Collections.emptyList();
    }

    /**
     * False when no reading of the token's word begins a phrase of the index of {@code bit} (or is
     * a word of the set of {@code bit}); true when one may, or when {@code bit} is {@link FirstWords#NONE}.
     */
    boolean mayBegin(Token token, int bit) {
        return bit == FirstWords.NONE || token.mayBegin(this, bit);
    }

    /** The generation of {@link #firstWords}: readings made in another are stale (or another Clitics'). */
    int generation() {
        return firstWords.generation();
    }

    private List<Reading> read(String word) {
        List<Reading> out = new ArrayList<>(4);
        out.add(new Reading(word, ""));
        if (word.isEmpty()) {
            return out;
        }
        for (String p : prefixesByFirst.getOrDefault(word.charAt(0), List.of())) {
            if (word.length() - p.length() >= MIN_REMAINDER && word.startsWith(p)) {
                String rest = word.substring(p.length());
                out.add(new Reading(rest, p));
                if (p.endsWith("لل")) {
                    out.add(new Reading(ARTICLE + rest, p)); // لليابان = ل + اليابان
                    out.add(new Reading(ARTICLE + "ل" + rest, p)); // للجنة = ل + اللجنة: the article's lam is written once
                }
            }
        }
        return out;
    }
}
