package org.hilf.annotate;

/**
 * A typed name of one layer of annotations on a document ({@link Keys} lists them).
 * Annotators declare the keys they read and the keys they add.
 */
public record Key<T>(String name, Class<?> type) {
    @Override
    public String toString() { return name; }
}
