package org.hilf.annotate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hilf.read.Article;

/**
 * Runs annotators in order. The order is checked when the pipeline is built: an annotator whose
 * required layer no earlier annotator provides is refused then, with a message naming both,
 * never halfway through an ingest. Thread-safe when its annotators are.
 */
public final class AnnotationPipeline {
    private final List<Annotator> annotators;

    public AnnotationPipeline(List<Annotator> annotators) {
        Set<Key<?>> available = new HashSet<>();
        for (Annotator a : annotators) {
            for (Key<?> k : a.requires()) {
                if (!available.contains(k)) {
                    throw new IllegalArgumentException(a.getClass().getSimpleName() + " requires layer '" + k
                            + "', which no annotator before it provides");
                }
            }
            available.addAll(a.provides());
        }
        this.annotators = List.copyOf(annotators);
    }

    public AnnotatedArticle annotate(Article article) {
        AnnotatedArticle doc = new AnnotatedArticle(article);
        for (Annotator a : annotators) {
            a.annotate(doc);
        }
        return doc;
    }
}
