package org.hilf.annotate;

import java.util.Set;

/**
 * One step of annotation: reads some layers of an {@link AnnotatedArticle} and adds others.
 * Implementations are stateless after construction and thread-safe: one instance annotates
 * many articles, in parallel.
 */
public interface Annotator {
    /** The layers this annotator reads; the pipeline refuses to run it before they exist. */
    Set<Key<?>> requires();

    /** The layers this annotator adds. */
    Set<Key<?>> provides();

    void annotate(AnnotatedArticle article);
}
