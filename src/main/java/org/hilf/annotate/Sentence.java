package org.hilf.annotate;

/** One sentence of an article: its position among the sentences and its span of the text. */
public record Sentence(int index, int start, int end) {
    public Span span() { return new Span(start, end); }

    public String text(String articleText) { return articleText.substring(start, end); }
}
