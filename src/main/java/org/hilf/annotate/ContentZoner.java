package org.hilf.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
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
        /**
         * [lineFrom, lineTo) is the line as written in the article's text, which {@code matcher}
         * (this rule's regex on that text; null for a prefix) reads; [from, to) its stripped range in
         * {@code folded}, the article's folded text. A regex is matched on the line's region of the
         * text, which with the matcher's default (anchoring, opaque) bounds is as matching the line
         * alone, without copying every line of every article and making a matcher for each.
         */
        boolean matches(Matcher matcher, int lineFrom, int lineTo, String folded, int from, int to) {
            return prefix != null ? prefix.length() <= to - from && folded.startsWith(prefix, from)
                    : matcher.region(lineFrom, lineTo).find();
        }

        /** This rule's matcher on {@code text}, or null for a prefix. */
        Matcher matcher(String text) {
            return regex == null ? null : regex.matcher(text);
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
        List<Matcher> matchers = rules.stream().map(r -> r.matcher(text)).toList();
        boolean inBlock = false;
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
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
            for (int k = 0; k < rules.size() && rule == null; k++) {
                if (rules.get(k).matches(matchers.get(k), pos, end, folded.folded(), foldedFrom, foldedTo)) {
                    rule = rules.get(k);
                }
            }
            boolean blank = from == to; // as line.isBlank(): [from, to) is the line stripped
            boolean furniture;
            if (rule != null) {
                furniture = true;
                inBlock = rule.block();
            } else if (inBlock && (blank || Words.count(text, pos, end) < PROSE_WORDS)) {
                furniture = true;
            } else {
                inBlock = false;
                furniture = false;
            }
            if (!furniture && !blank) {
                content.add(new Span(pos, end));
            }
            pos = end + 1;
        }
        doc.set(Keys.CONTENT, List.copyOf(content));
    }
}
