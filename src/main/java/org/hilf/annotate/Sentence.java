package org.hilf.annotate;

import java.util.Objects;

/**
 * One sentence of an article: its position among the sentences and its span of the text. A value,
 * equal to another sentence of the same index and offsets (as the record it was); it keeps its
 * {@link Span}, which rules ask for at every actor of the sentence (making one per call was a
 * fourteenth of the bytes the Arabic annotation allocated).
 */
public final class Sentence {
    private final int index;
    private final Span span;

    public Sentence(int index, int start, int end) {
        this.index = index;
        this.span = new Span(start, end);
    }

    public int index() { return index; }

    public int start() { return span.start(); }

    public int end() { return span.end(); }

    public Span span() { return span; }

    public String text(String articleText) { return articleText.substring(span.start(), span.end()); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence s && index == s.index && span.equals(s.span);
    }

    @Override
    public int hashCode() { return Objects.hash(index, span.start(), span.end()); }

    @Override
    public String toString() { return "Sentence[index=" + index + ", start=" + span.start() + ", end=" + span.end() + "]"; }
}
