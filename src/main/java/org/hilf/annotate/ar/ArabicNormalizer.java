package org.hilf.annotate.ar;

import java.text.Normalizer;

/**
 * Folds Arabic text to the form the recognisers compare, one character at a time, so that every
 * folded character can be traced back to its position in the original (see {@link NormalizedText}).
 *
 * <p>Rules (Lucene's {@code ArabicNormalizer} does the first four; the rest are ours):
 * <ul>
 *   <li>ALEF with MADDA, HAMZA ABOVE, HAMZA BELOW → ALEF (آ أ إ → ا)</li>
 *   <li>ALEF MAQSURA → YEH (ى → ي)</li>
 *   <li>TEH MARBUTA → HEH (ة → ه)</li>
 *   <li>TATWEEL and the harakat (fatha, damma, kasra, tanween, shadda, sukun) are dropped</li>
 *   <li>ALEF WASLA → ALEF (ٱ → ا); superscript alef dropped</li>
 *   <li>YEH with HAMZA ABOVE → YEH, WAW with HAMZA ABOVE → WAW (ئ → ي، ؤ → و), so that hamza seats
 *       written or not written compare equal</li>
 *   <li>Persian/Urdu letters used in Arabic text: FARSI YEH → YEH, KEHEH → KAF, GAF → KAF</li>
 *   <li>presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) → their letters (NFKC; a ligature may give two)</li>
 *   <li>Arabic-Indic and extended Arabic-Indic digits → ASCII digits</li>
 *   <li>direction and zero-width marks (LRM, RLM, ALM, ZWJ, ZWNJ, embeddings, isolates) are dropped</li>
 *   <li>Latin letters → lower case</li>
 * </ul>
 * Never stems: names stay whole (Lucene's light stemmer turns واشنطن into اشنطن).
 * Stateless and thread-safe.
 */
public final class ArabicNormalizer {
    static final char ALEF = '\u0627';
    static final char ALEF_WASLA = '\u0671';
    static final char SUPERSCRIPT_ALEF = '\u0670';
    static final char YEH = '\u064A';
    static final char YEH_HAMZA = '\u0626';
    static final char WAW = '\u0648';
    static final char WAW_HAMZA = '\u0624';
    static final char FARSI_YEH = '\u06CC';
    static final char KAF = '\u0643';
    static final char KEHEH = '\u06A9';
    static final char GAF = '\u06AF';

    private final org.apache.lucene.analysis.ar.ArabicNormalizer lucene = new org.apache.lucene.analysis.ar.ArabicNormalizer();
    /**
     * Every character's folded form once computed ({@link #compute} is a function of the character
     * alone): folding is done for every character of every article and gazetteer name, and the
     * rules cost a string or two each time. Shared by the threads without a lock: a slot is null or
     * an immutable string, and two threads that fill it fill it with equal strings.
     */
    private final String[] folded = new String[Character.MAX_VALUE + 1];

    /**
     * The folded form of one character: usually one character, empty when the character is
     * dropped, two for a ligature.
     */
    public String fold(char c) {
        String f = folded[c];
        if (f == null) {
            f = compute(c);
            folded[c] = f;
        }
        return f;
    }

    /**
     * Every character's folded form when it is one character, else {@link #NOT_ONE}: what folding
     * an article asks of almost every character, read from one array of characters instead of
     * through a string per character (folding each article was a twentieth of the Arabic
     * annotation time). Filled on demand as {@link #folded}, with the same tolerance of races.
     */
    private final char[] single = new char[Character.MAX_VALUE + 1];
    /** Not yet computed; {@link #NOT_ONE} for a character that folds to none or two. */
    private static final char UNKNOWN = 0;
    static final char NOT_ONE = '\uFFFF';

    /** The one character {@code c} folds to, or {@link #NOT_ONE} when it folds to none or two ({@link #fold}). */
    char foldOne(char c) {
        char one = single[c];
        if (one == UNKNOWN) {
            String f = fold(c);
            // U+0000 and U+FFFF fold to themselves and are no text: they go the long way
            one = f.length() == 1 && f.charAt(0) != UNKNOWN && f.charAt(0) != NOT_ONE ? f.charAt(0) : NOT_ONE;
            single[c] = one;
        }
        return one;
    }

    private String compute(char c) {
        if (isIgnorable(c)) {
            return "";
        }
        if ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF')) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            if (decomposed.length() == 1 && decomposed.charAt(0) == c) {
                return decomposed; // unassigned or without a decomposition: keep it
            }
            StringBuilder sb = new StringBuilder(decomposed.length());
            for (int i = 0; i < decomposed.length(); i++) {
                sb.append(fold(decomposed.charAt(i)));
            }
            return sb.toString();
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return String.valueOf((char) ('0' + (c - '\u0660')));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return String.valueOf((char) ('0' + (c - '\u06F0')));
        }
        switch (c) {
            case ALEF_WASLA: return String.valueOf(ALEF);
            case SUPERSCRIPT_ALEF: return "";
            case YEH_HAMZA: case FARSI_YEH: return String.valueOf(YEH);
            case WAW_HAMZA: return String.valueOf(WAW);
            case KEHEH: case GAF: return String.valueOf(KAF);
            default: break;
        }
        if (c < 128) {
            return String.valueOf(Character.toLowerCase(c));
        }
        char[] one = {c};
        int len = lucene.normalize(one, 1);
        return len == 0 ? "" : String.valueOf(one[0]);
    }

    /** The folded form of a whole string (for gazetteer entries and lexicons). */
    public String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(fold(s.charAt(i)));
        }
        return sb.toString();
    }

    private static boolean isIgnorable(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F'
                || c == '\u061C' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\uFEFF' || c == '\u00AD';
    }
}
