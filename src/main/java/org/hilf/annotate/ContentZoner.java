package org.hilf.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.hilf.annotate.ar.ArabicNormalizer;
import org.hilf.annotate.ar.ArabicResources;
import org.hilf.annotate.ar.NormalizedText;

/**
 * Marks which lines are the article's own text and which are page furniture ("أخبار المركز"،
 * "شاهد ايضاً"، "أخبار ذات صلة"، numbered source lists), by the rules of
 * {@code data/lexicon/boilerplate.tsv}. Later annotators look only inside {@link Keys#CONTENT}.
 * Immutable and thread-safe.
 */
public final class ContentZoner implements Annotator {
    /** A line with at least this many words is prose and ends a furniture block. */
    static final int PROSE_WORDS = 20;

    private record Rule(String prefix, Pattern regex, boolean block) {
        /** {@code line} is the line as written; [from, to) its stripped range in {@code folded}, the article's folded text. */
        boolean matches(String line, String folded, int from, int to) {
            return prefix != null ? prefix.length() <= to - from && folded.startsWith(prefix, from) : regex.matcher(line).find();
        }
    }

    private final ArabicNormalizer normalizer;
    private final List<Rule> rules = new ArrayList<>();

    public ContentZoner(ArabicNormalizer normalizer) {
        this.normalizer = normalizer;
        for (Tsv.Row r : Tsv.read("lexicon/boilerplate.tsv")) {
            boolean block = "block".equals(r.get("scope"));
            String p = r.required("pattern");
            if ("regex".equals(r.get("match"))) {
                rules.add(new Rule(null, Pattern.compile(p), block));
            } else {
                rules.add(new Rule(normalizer.normalize(p), null, block));
            }
        }
    }

    @Override
    public Set<Key<?>> requires() { return Set.of(); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.CONTENT); }

    @Override
    public void annotate(AnnotatedArticle doc) {
        String text = doc.text();
        // the article's folded text, which the Arabic annotators share: folding each line again was
        // as much work as folding the article
        NormalizedText folded = ArabicResources.folded(doc, normalizer);
        List<Span> content = new ArrayList<>();
        boolean inBlock = false;
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            int from = pos;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++; // as String.strip: no whitespace is outside the BMP
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            int foldedFrom = folded.foldedIndex(from);
            int foldedTo = folded.foldedIndex(to);
            Rule rule = null;
            for (Rule r : rules) {
                if (r.matches(line, folded.folded(), foldedFrom, foldedTo)) {
                    rule = r;
                    break;
                }
            }
            boolean furniture;
            if (rule != null) {
                furniture = true;
                inBlock = rule.block();
            } else if (inBlock && (line.isBlank() || words(line) < PROSE_WORDS)) {
                furniture = true;
            } else {
                inBlock = false;
                furniture = false;
            }
            if (!furniture && !line.isBlank()) {
                content.add(new Span(pos, end));
            }
            pos = end + 1;
        }
        doc.set(Keys.CONTENT, List.copyOf(content));
    }

    private static int words(String line) {
        return Words.count(line);
    }
}
