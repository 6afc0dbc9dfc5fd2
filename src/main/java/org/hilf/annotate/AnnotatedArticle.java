package org.hilf.annotate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hilf.read.Article;

/**
 * An article and the layers of annotation added to it so far. Not thread-safe: one thread
 * annotates one article at a time.
 */
public final class AnnotatedArticle {
    private final Article article;
    private final Map<Key<?>, Object> layers = new LinkedHashMap<>();

    public AnnotatedArticle(Article article) { this.article = article; }

    public Article article() { return article; }

    public String text() { return article.text(); }

    public boolean has(Key<?> key) { return layers.containsKey(key); }

    /** The layer, which must exist: the pipeline's order guarantees it for declared requirements. */
    @SuppressWarnings("unchecked")
    public <T> T get(Key<T> key) {
        Object v = layers.get(key);
        if (v == null && !layers.containsKey(key)) {
            throw new IllegalStateException("layer '" + key + "' has not been added");
        }
        return (T) v;
    }

    public <T> void set(Key<T> key, T value) { layers.put(key, value); }
}
