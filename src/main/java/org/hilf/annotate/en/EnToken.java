package org.hilf.annotate.en;

/**
 * A word of an English sentence with its offsets into the article's text.
 *
 * @param text   the word as written ("Japan", "'s", "U.S")
 * @param start  offset of its first character
 * @param end    offset after its last character
 * @param folded lower case, full stops and apostrophes unified and dropped ("U.S." → "us", "’s" → "'s")
 * @param gap    the characters between the previous word and this one ("", " ", ", ", " — ")
 */
public record EnToken(String text, int start, int end, String folded, String gap) {

    /** True when punctuation other than a hyphen or a full stop of an abbreviation stands before it. */
    public boolean breakBefore() {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '.') {
                return true;
            }
        }
        return false;
    }

    /** True when a comma, semicolon, colon or dash stands before it. */
    public boolean commaBefore() {
        return gap.indexOf(',') >= 0 || gap.indexOf(';') >= 0 || gap.indexOf(':') >= 0 || gap.indexOf('—') >= 0
                || gap.indexOf('–') >= 0 || gap.contains(" - ");
    }

    /** True when the word begins with an upper-case letter or a digit. */
    public boolean capitalized() {
        char c = text.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** A participle in lower case: "accompanying"; "involved" too when {@code pastToo} (a comma sets the verb after it apart). */
    public boolean participle(boolean pastToo) {
        return !capitalized() && (folded.endsWith("ing") || pastToo && folded.endsWith("ed"));
    }

    /** True for the possessive ending split off a word ("Japan's" → "Japan", "'s"). */
    public boolean possessive() { return folded.equals("'s"); }

    /** "a" or "an": what follows is a kind, no one in particular. */
    public boolean indefinite() { return folded.equals("a") || folded.equals("an"); }
}
