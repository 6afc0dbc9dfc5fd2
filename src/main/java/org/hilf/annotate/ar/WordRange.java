package org.hilf.annotate.ar;

/**
 * A range of a text, asked of a map whose keys are strings as if it were the string it spans,
 * without making that string: {@link #hashCode} is {@link String#hashCode} of the range, and it
 * {@link #equals} a string with the range's characters. {@link java.util.Map#get} compares the key
 * it is given with its own ({@code key.equals(k)}), so a map of words answers for a range of a
 * sentence. Only for asking: never a key in a map (it is moved along a text, see {@link #at}), and
 * equal to a string that is not equal to it. One thread's: a tokenizer moves one along each
 * sentence it splits, and most words it finds are known ({@link Clitics#readingsOf(WordRange)}).
 */
final class WordRange {
    private final String text;
    private int from;
    private int to;
    private int hash;

    WordRange(String text) {
        this.text = text;
    }

    /** This probe moved to characters [from, to) of its text; returns itself. */
    WordRange at(int from, int to) {
        this.from = from;
        this.to = to;
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        this.hash = h;
        return this;
    }

    @Override
    public int hashCode() { return hash; }

    /** True for a string of the range's characters (and for a probe of the same characters). */
    @Override
    public boolean equals(Object o) {
        if (o instanceof String s) {
            return s.length() == to - from && s.regionMatches(0, text, from, to - from);
        }
        return o instanceof WordRange r && r.toString().equals(toString());
    }

    /** The characters of the range, as a new string. */
    @Override
    public String toString() { return text.substring(from, to); }
}
