package org.hilf.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the content lines into sentences: at a line end, and after . ! ? ؟ followed by a space
 * (not after a one-letter abbreviation such as "أ." or "د.", not inside a number such as 2.5,
 * not inside quotation marks). Language-neutral; stateless and thread-safe.
 */
public final class SentenceSplitter implements Annotator {

    @Override
    public Set<Key<?>> requires() { return Set.of(Keys.CONTENT); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.SENTENCES); }

    @Override
    public void annotate(AnnotatedArticle doc) {
        String text = doc.text();
        List<Sentence> out = new ArrayList<>();
        for (Span line : doc.get(Keys.CONTENT)) {
            int start = skipSpace(text, line.start(), line.end());
            int depth = 0;
            for (int i = start; i < line.end(); i++) {
                char c = text.charAt(i);
                if (c == '“' || c == '«') {
                    depth++;
                } else if ((c == '”' || c == '»') && depth > 0) {
                    depth--;
                }
                boolean terminal = c == '.' || c == '!' || c == '?' || c == '؟';
                // asked only after a terminal mark: Character.isWhitespace for every character was 2 % of the Arabic time
                boolean followedBySpace = terminal && (i + 1 >= line.end() || Character.isWhitespace(text.charAt(i + 1)));
                if (terminal && followedBySpace && depth == 0 && !abbreviation(text, start, i)) {
                    add(out, text, start, i + 1);
                    start = skipSpace(text, i + 1, line.end());
                }
            }
            add(out, text, start, line.end());
        }
        doc.set(Keys.SENTENCES, List.copyOf(out));
    }

    /** "أ. د. حمدي": a single letter before the full stop is an abbreviation. */
    private static boolean abbreviation(String text, int start, int dot) {
        int k = dot - 1;
        int letters = 0;
        while (k >= start && Character.isLetter(text.charAt(k))) {
            letters++;
            k--;
        }
        return letters == 1;
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > start) {
            out.add(new Sentence(out.size(), start, e));
        }
    }

    private static int skipSpace(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
