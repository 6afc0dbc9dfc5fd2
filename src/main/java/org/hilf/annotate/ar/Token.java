package org.hilf.annotate.ar;

import java.util.List;
import java.util.Objects;

/**
 * A word of a sentence: a run of letters and digits of the folded text. A value, equal to another
 * token of the same text, offsets and gap (as the record it was); it also keeps what rules ask of
 * it again and again: whether a break stands before it, its clitic readings ({@link
 * Clitics#readings(Token)}) and its consonant skeleton. A sentence is tokenised once per article
 * ({@link NormalizedText#tokens}) and a dozen rules look at each of its tokens: the cache of
 * readings by word cost a tenth of the Arabic annotation time in hash lookups alone.
 * What it keeps is kept for the thread that annotates its article (an {@link
 * org.hilf.annotate.AnnotatedArticle} is one thread's): its readings and their mask are two fields.
 */
public final class Token {
    private final String text;
    private final int start;
    private final int end;
    private final String gapBefore;
    /** Set once, by the tokenizer, before any rule reads the token: see {@link #quotedName()}. */
    private boolean breakBefore;
    /** The readings of {@link #text}; null until asked for. */
    private Clitics.Readings readings;
    /**
     * The readings' {@link Clitics.Readings#any}, kept here: a dozen indexes ask at every token
     * whether it may begin one of their phrases, and most tokens begin none; the bit is read from
     * the token, which the caller has just read, instead of from the readings, which are elsewhere
     * in memory (their first read after the token's was a twentieth of the Arabic annotation time).
     */
    private long mayBegin;
    /** The generation of the clitics' first words the readings were made in; asked without reading them. */
    private int generation;
    /** Its skeleton; null until asked for. */
    private String skeleton;

    /**
     * @param text      the folded word ("واليابان")
     * @param start     original offset of its first character
     * @param end       original offset just after it
     * @param gapBefore the original characters between the previous token and this one (spaces, punctuation)
     */
    public Token(String text, int start, int end, String gapBefore) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.gapBefore = gapBefore;
        this.breakBefore = breakIn(gapBefore);
    }

    /**
     * A token whose word the tokenizer found read already: its text is the readings' first word
     * ({@link Clitics#readingsOf(WordRange)}), and no rule looks its readings up again.
     */
    Token(Clitics.Readings readings, int start, int end, String gapBefore) {
        this(readings.list.get(0).word(), start, end, gapBefore);
        this.readings = readings;
        this.mayBegin = readings.any();
        this.generation = readings.generation;
    }

    public String text() { return text; }

    public int start() { return start; }

    public int end() { return end; }

    public String gapBefore() { return gapBefore; }

    /**
     * The quote marks before this token open or close a short quoted name inside a phrase ("الأمين العام
     * لمنظمة «أوبك» هيثم الغيص"): they end no name. Called by the tokenizer only, before the token is read.
     */
    void quotedName() { breakBefore = false; }

    /** True when a mark that ends a name (comma, full stop, bracket, quote, colon) stands before this token. */
    public boolean breakBefore() { return breakBefore; }

    private static boolean breakIn(String gap) {
        if (gap.equals(" ")) {
            return false; // most gaps, and the tokenizer's one string for them
        }
        for (int i = 0; i < gap.length(); i++) {
            if (",.،؛;:!?؟()[]«»“”\"'‘’".indexOf(gap.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when a clause-breaking mark (comma, semicolon, colon, dash, bracket) stands before this token. */
    public boolean commaBefore() {
        for (int i = 0; i < gapBefore.length(); i++) {
            char c = gapBefore.charAt(i);
            if (c == '،' || c == ',' || c == '؛' || c == ';' || c == ':' || c == '–' || c == '—' || c == '(' || c == ')'
                    || c == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * The readings {@code clitics} gives of this token's text, looked up once per token (and again
     * for another Clitics, or when an index was built since: their masks must be current).
     */
    Clitics.Readings readings(Clitics clitics) {
        if (readings == null || generation != clitics.generation()) {
            Clitics.Readings r = clitics.readingsOf(text);
            readings = r;
            mayBegin = r.any();
            generation = r.generation;
        }
        return readings;
    }

    /**
     * False when no reading of this token's word begins a phrase of the index of {@code bit} (not
     * {@link FirstWords#NONE}) among the clitics' first words.
     */
    boolean mayBegin(Clitics clitics, int bit) {
        if (readings == null || generation != clitics.generation()) {
            readings(clitics);
        }
        return (mayBegin & (1L << bit)) != 0;
    }

    /** {@link NameSkeleton} of this word alone; a skeleton of words is their skeletons joined. */
    String skeleton() {
        String s = skeleton;
        if (s == null) {
            s = NameSkeleton.of(List.of(text));
            skeleton = s;
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && start == t.start && end == t.end && text.equals(t.text) && gapBefore.equals(t.gapBefore);
    }

    @Override
    public int hashCode() { return Objects.hash(text, start, end, gapBefore); }

    @Override
    public String toString() { return "Token[text=" + text + ", start=" + start + ", end=" + end + ", gapBefore=" + gapBefore + "]"; }
}
