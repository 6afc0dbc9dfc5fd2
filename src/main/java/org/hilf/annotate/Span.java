package org.hilf.annotate;

/** A half-open range [start, end) of character offsets into an article's text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public boolean contains(int offset) { return offset >= start && offset < end; }

    /** True when a span of {@code spans} holds {@code offset}: a loop, for rules that ask at every word. */
    public static boolean anyContains(java.util.List<Span> spans, int offset) {
        for (int k = 0; k < spans.size(); k++) {
            if (spans.get(k).contains(offset)) {
                return true;
            }
        }
        return false;
    }

    public boolean contains(Span other) { return other.start >= start && other.end <= end; }

    public boolean overlaps(Span other) { return other.start < end && start < other.end; }

    public int length() { return end - start; }
}
