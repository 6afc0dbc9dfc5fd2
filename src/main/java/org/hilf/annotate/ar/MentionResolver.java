package org.hilf.annotate.ar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Annotator;
import org.hilf.annotate.Key;
import org.hilf.annotate.Keys;

/**
 * An annotator that reads the actors layer of an Arabic article with a date and adds the mentions
 * it resolves (a title standing alone, a counterpart): the actors layer stays in text order.
 * Subclasses say what they add; nothing else changes.
 */
abstract class MentionResolver implements Annotator {
    @Override
    public Set<Key<?>> requires() { return Set.of(Keys.SENTENCES, Keys.ACTORS, Keys.ANCHOR, Keys.NEW_ENTITIES); }

    @Override
    public Set<Key<?>> provides() { return Set.of(Keys.ACTORS); }

    @Override
    public final void annotate(AnnotatedArticle doc) {
        LocalDate date = doc.get(Keys.ANCHOR).date();
        if (!"ar".equals(doc.article().language()) || date == null) {
            return;
        }
        List<ActorMention> actors = doc.get(Keys.ACTORS);
        List<ActorMention> added = resolve(doc, actors, date);
        if (!added.isEmpty()) {
            List<ActorMention> all = new ArrayList<>(actors);
            all.addAll(added);
            all.sort(Comparator.comparingInt(a -> a.span().start()));
            doc.set(Keys.ACTORS, List.copyOf(all));
        }
    }

    /** True when an actor already read overlaps [start, end). */
    static boolean covered(List<ActorMention> actors, int start, int end) {
        for (ActorMention a : actors) {
            if (a.span().start() < end && a.span().end() > start) {
                return true;
            }
        }
        return false;
    }

    /** The mentions to add, given the actors found so far and the article's date. */
    abstract List<ActorMention> resolve(AnnotatedArticle doc, List<ActorMention> actors, LocalDate date);
}
