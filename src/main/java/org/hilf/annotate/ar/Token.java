package org.hilf.annotate.ar;

/**
 * A word of a sentence: a run of letters and digits of the folded text.
 *
 * @param text   the folded word ("واليابان")
 * @param start  original offset of its first character
 * @param end    original offset just after it
 * @param gapBefore the original characters between the previous token and this one (spaces, punctuation)
 */
public record Token(String text, int start, int end, String gapBefore) {
    /** True when a mark that ends a name (comma, full stop, bracket, quote, colon) stands before this token. */
    public boolean breakBefore() {
        for (int i = 0; i < gapBefore.length(); i++) {
            if (",.،؛;:!?؟()[]«»“”\"'‘’".indexOf(gapBefore.charAt(i)) >= 0) {
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
}
