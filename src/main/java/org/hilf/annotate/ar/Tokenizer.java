package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.Letters;

/**
 * Splits a span of text into {@link Token}s on the folded text. A detached clitic written apart
 * from its word by tatweel or quotes ("الـ"ناتو"", "لـ”توسيع") is joined to the word it belongs to.
 * Stateless and thread-safe. The lists it returns are unmodifiable: a range of a text is
 * tokenised once, and later calls for it get the same list ({@link NormalizedText#tokens}).
 */
public final class Tokenizer {
    /** Clitics that Arabic typography may separate from their word. */
    private static final Set<String> DETACHED = Set.of("ال", "بال", "لل", "وال", "فال", "كال", "ل", "ب", "و", "ف", "وب", "ول");
    /** The longest of them: longer tokens are refused before the set is asked (for every token of every sentence). */
    private static final int DETACHED_LENGTH = DETACHED.stream().mapToInt(String::length).max().orElse(0);

    /**
     * The clitics whose readings each token is given as it is made (the readings every rule then
     * asks the token for), or null: tokens look them up when first asked.
     */
    private final Clitics clitics;
    /** {@link #tokenizeOnce} as a {@link NormalizedText.Tokenize}: made once, not per call. */
    private final NormalizedText.Tokenize once = this::tokenizeOnce;

    public Tokenizer() {
        this(null);
    }

    /** A tokenizer that gives each token its readings of {@code clitics} (null: none). */
    public Tokenizer(Clitics clitics) {
        this.clitics = clitics;
    }

    public List<Token> tokens(NormalizedText text, int from, int to) {
        return text.tokens(from, to, once);
    }

    private List<Token> tokenizeOnce(NormalizedText text, int from, int to) {
        return Collections.unmodifiableList(tokenize(text, from, to));
    }

    private List<Token> tokenize(NormalizedText text, int from, int to) {
        String f = text.folded();
        int fs = text.foldedIndex(from);
        int fe = text.foldedIndex(to);
        List<Token> out = new ArrayList<>();
        WordRange word = clitics == null ? null : new WordRange(f);
        boolean detached = false;
        int i = fs;
        int prevEnd = from;
        while (i < fe) {
            char c = f.charAt(i);
            if (!Letters.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < fe && Letters.isLetterOrDigit(f.charAt(j))) {
                j++;
            }
            int os = text.originalStart(i);
            int oe = text.originalEnd(j);
            String g = gap(text.original(), Math.min(prevEnd, os), os);
            if (g.equals(". ") && !out.isEmpty() && out.get(out.size() - 1).text().length() == 1) {
                g = " "; // "د. سالم"، "أ. د. حمدي": the full stop of a one-letter abbreviation is no break (as SentenceSplitter has it)
            }
            Token t = word == null ? new Token(f.substring(i, j), os, oe, g) : new Token(clitics.readingsOf(word.at(i, j)), os, oe, g);
            out.add(t);
            detached |= isDetached(t);
            prevEnd = oe;
            i = j;
        }
        List<Token> joined = detached ? joinDetached(out) : out; // most sentences have none: no second list
        quotedNames(joined);
        return joined;
    }

    /** Words a quoted name has at most ("«الشرق الأوسط»"); a longer quotation ("«إعلان جوهانسبرغ الثاني»", words said) keeps its breaks. */
    private static final int QUOTED_NAME_WORDS = 2;

    /**
     * "الأمين العام لمنظمة «أوبك» هيثم الغيص"، "مبعوث «إيغاد»، X": guillemets around one or two
     * words inside a phrase, nothing but spaces with them, set off a name, not a quotation: they break nothing.
     */
    private static void quotedNames(List<Token> tokens) {
        for (int k = 1; k < tokens.size(); k++) {
            String open = tokens.get(k).gapBefore();
            if (open.indexOf('«') < 0 || !open.strip().equals("«")) { // most gaps are one space: no string made for them
                continue;
            }
            for (int m = k + 1; m < tokens.size() && m - k <= QUOTED_NAME_WORDS; m++) {
                String gap = tokens.get(m).gapBefore();
                if (gap.strip().equals("»")) {
                    tokens.get(k).quotedName();
                    tokens.get(m).quotedName();
                    break;
                }
                if (!gap.equals(" ")) {
                    break;
                }
            }
        }
    }

    private static boolean isDetached(Token t) {
        return t.text().length() <= DETACHED_LENGTH && DETACHED.contains(t.text());
    }

    /** The original text between two tokens; the common single space is not copied for each token. */
    private static String gap(String original, int from, int to) {
        return to - from == 1 && original.charAt(from) == ' ' ? " " : original.substring(from, to);
    }

    private static List<Token> joinDetached(List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        for (int k = 0; k < in.size(); k++) {
            Token t = in.get(k);
            if (isDetached(t) && k + 1 < in.size()) {
                Token next = in.get(k + 1);
                String gap = next.gapBefore();
                if (gap.length() <= 3 && !gap.isEmpty() && gap.chars().noneMatch(ch -> ch == ' ' || ch == '،' || ch == ',' || ch == '.')) {
                    out.add(new Token(t.text() + next.text(), t.start(), next.end(), t.gapBefore()));
                    k++;
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    /**
     * The index of the first token that ends after {@code offset} (the one containing it), or the
     * size. By halving: tokens follow one another, so their ends ascend; a dozen rules ask this for
     * every actor of a sentence.
     */
    public static int indexAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() > offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
