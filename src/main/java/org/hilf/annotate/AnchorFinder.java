package org.hilf.annotate;

import java.util.Set;

/**
 * Sets the anchor date for relative expressions: the article's publication date. (An article
 * without one gets {@link Anchor#NONE}; its relative dates stay unresolved.)
 */
public final class AnchorFinder implements Annotator {
    @Override
    public Set<Key<?>> requires() { return Set.of(); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.ANCHOR); }

    @Override
    public void annotate(AnnotatedArticle doc) {
        var published = doc.article().published();
        doc.set(Keys.ANCHOR, published == null ? Anchor.NONE : new Anchor(published, false));
    }
}
