package org.hilf.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.hilf.graph.Vocab;

/**
 * Why the graph says something: the sentences of an article that are a resource's evidence,
 * each with the span that is the evidence marked, and the article they come from.
 *
 * <p>A mention's offsets index the article's text, which the store does not keep; its
 * {@code hilf:text} is the whole sentence. The span is found in the sentence: an actor's mention
 * by its words ({@code hilf:surface}) at the offset the sentence's own mention gives, else their
 * first occurrence; an event's evidence spans the sentence, and its trigger word is marked; an
 * actor whose evidence is the sentence itself (a name read with full confidence) has its words
 * among its skos:altLabel of that article, and the first of them the sentence holds is marked.
 */
final class Evidence {
    /** A sentence and the part of it to mark ([from, to), or -1 when nothing is marked). */
    record Sentence(Node mention, String text, int from, int to) {
        String html() {
            StringBuilder b = new StringBuilder("<blockquote class=\"evidence\" dir=\"").append(Html.dir(text)).append("\">");
            if (from >= 0 && to > from && to <= text.length()) {
                b.append(Html.esc(text.substring(0, from))).append("<mark>").append(Html.esc(text.substring(from, to)))
                        .append("</mark>").append(Html.esc(text.substring(to)));
            } else {
                b.append(Html.esc(text));
            }
            return b.append("</blockquote>").toString();
        }
    }

    /** An article as a source: what a reader needs to find and judge it. */
    record Source(Node graph, String title, String issued, String outlet, String url, String file) {
        String html() {
            StringBuilder b = new StringBuilder("<cite class=\"source\">");
            String path = Look.path(graph);
            String t = title != null ? title : file != null ? file : graph.getURI();
            b.append(path != null ? "<a href=\"" + Html.esc(path) + "\">" + Html.text(t) + "</a>" : Html.text(t));
            if (issued != null) {
                b.append(" · <time>").append(Html.esc(issued)).append("</time>");
            }
            if (outlet != null) {
                b.append(" · <span class=\"outlet\">").append(Html.text(outlet)).append("</span>");
            }
            String link = Html.href(url);
            if (link != null) {
                b.append(" · <a class=\"external\" rel=\"noopener noreferrer\" href=\"").append(link).append("\">")
                        .append(Html.esc(url)).append("</a>");
            }
            return b.append("</cite>").toString();
        }
    }

    private Evidence() { }

    static Source source(DatasetGraph dsg, Node g) {
        return new Source(g, Look.lexical(Look.first(dsg, g, g, Vocab.DCT_TITLE)),
                Look.lexical(Look.first(dsg, g, g, Vocab.DCT_ISSUED)),
                Look.lexical(Look.first(dsg, g, g, Vocab.DCT_PUBLISHER)),
                Look.lexical(Look.first(dsg, g, g, Vocab.SCHEMA_URL)),
                Look.lexical(Look.first(dsg, g, g, Vocab.DCT_SOURCE)));
    }

    /** The sentences of graph g that are evidence for s, in text order, one per sentence. */
    static List<Sentence> of(DatasetGraph dsg, Node g, Node s) {
        TreeMap<Long, Sentence> byStart = new TreeMap<>();
        List<String> words = words(dsg, g, s);
        Iterator<Quad> it = dsg.find(g, s, Vocab.EVIDENCE, Node.ANY);
        while (it.hasNext()) {
            Node m = it.next().getObject();
            Sentence sentence = sentence(dsg, g, m, words);
            if (sentence != null) {
                long start = number(Look.first(dsg, g, m, Vocab.START));
                byStart.putIfAbsent(start, sentence);
            }
        }
        // one entry per sentence: several mentions in one sentence keep the first
        List<Sentence> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Sentence x : byStart.values()) {
            if (seen.add(x.text())) {
                out.add(x);
            }
        }
        return out;
    }

    /** The words to mark in a sentence that is s's evidence: its trigger, else its names in graph g, longest first. */
    private static List<String> words(DatasetGraph dsg, Node g, Node s) {
        String trigger = Look.lexical(Look.first(dsg, g, s, Vocab.TRIGGER));
        if (trigger != null) {
            return List.of(trigger);
        }
        List<String> names = new ArrayList<>();
        dsg.find(g, s, Vocab.ALT_LABEL, Node.ANY).forEachRemaining(q -> names.add(q.getObject().getLiteralLexicalForm()));
        names.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return names;
    }

    /** One mention as a sentence with its span marked; the first of {@code words} it holds is marked when the mention spans the sentence. */
    static Sentence sentence(DatasetGraph dsg, Node g, Node m, List<String> words) {
        Node textNode = Look.first(dsg, g, m, Vocab.TEXT);
        if (textNode == null) {
            return null;
        }
        String text = textNode.getLiteralLexicalForm();
        String surface = Look.lexical(Look.first(dsg, g, m, Vocab.SURFACE));
        long start = number(Look.first(dsg, g, m, Vocab.START));
        long end = number(Look.first(dsg, g, m, Vocab.END));
        if (surface != null) {
            long sentenceStart = sentenceStart(dsg, g, textNode);
            if (sentenceStart >= 0 && start >= sentenceStart && end - sentenceStart <= text.length()
                    && text.substring((int) (start - sentenceStart), (int) (end - sentenceStart)).equals(surface)) {
                return new Sentence(m, text, (int) (start - sentenceStart), (int) (end - sentenceStart));
            }
            int at = text.indexOf(surface);
            return new Sentence(m, text, at, at < 0 ? -1 : at + surface.length());
        }
        if (end - start < text.length()) {
            return new Sentence(m, text, -1, -1); // a part of a sentence without its words: nothing to mark
        }
        for (String word : words) {
            int at = text.indexOf(word);
            if (at >= 0) {
                return new Sentence(m, text, at, at + word.length());
            }
        }
        return new Sentence(m, text, -1, -1);
    }

    /** The offset of a sentence in its article, from a mention of the same graph that spans it whole; -1 if none. */
    private static long sentenceStart(DatasetGraph dsg, Node g, Node text) {
        int length = text.getLiteralLexicalForm().length();
        Iterator<Quad> it = dsg.find(g, Node.ANY, Vocab.TEXT, text);
        while (it.hasNext()) {
            Node other = it.next().getSubject();
            long s = number(Look.first(dsg, g, other, Vocab.START));
            long e = number(Look.first(dsg, g, other, Vocab.END));
            if (s >= 0 && e - s == length) {
                return s;
            }
        }
        return -1;
    }

    private static long number(Node n) {
        if (n == null || !n.isLiteral()) {
            return -1;
        }
        try {
            return Long.parseLong(n.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
