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
 * Thread-safe: what it keeps is immutable, made at most a few times and the same each time.
 */
public final class Token {
    private final String text;
    private final int start;
    private final int end;
    private final String gapBefore;
    private final boolean breakBefore;
    /** The readings of {@link #text}, with the Clitics that made them; null until asked for. */
    private Held readings;
    /** Its skeleton; null until asked for. */
    private String skeleton;

    /** Final fields: a holder another thread sees is whole (a race only makes it twice). */
    private record Held(Clitics by, Clitics.Readings readings) { }

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

    public String text() { return text; }

    public int start() { return start; }

    public int end() { return end; }

    public String gapBefore() { return gapBefore; }

    /** True when a mark that ends a name (comma, full stop, bracket, quote, colon) stands before this token. */
    public boolean breakBefore() { return breakBefore; }

    private static boolean breakIn(String gap) {
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
     * The readings {@code clitics} gives of this token's text, made once per token (and per Clitics,
     * and again when an index was built since: their masks must be current).
     */
    Clitics.Readings readings(Clitics clitics) {
        Held r = readings;
        if (r == null || r.by() != clitics || !clitics.current(r.readings())) {
            r = new Held(clitics, clitics.readingsOf(text));
            readings = r;
        }
        return r.readings();
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
