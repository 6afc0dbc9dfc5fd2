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

    /**
     * {@link #covered} of one list of actors, asked for many ranges: a rule asking it at every token
     * of an article scanned every actor each time (a resolver's time grew with tokens × actors).
     * The actors' starts ascending, and for each the furthest end of it and the ones before it: an
     * actor overlaps [start, end) when it starts before {@code end} and ends after {@code start}.
     */
    static final class Coverage {
        private final int[] starts;
        private final int[] furthestEnds;

        Coverage(List<ActorMention> actors) {
            ActorMention[] byStart = actors.toArray(new ActorMention[0]);
            java.util.Arrays.sort(byStart, Comparator.comparingInt(a -> a.span().start()));
            starts = new int[byStart.length];
            furthestEnds = new int[byStart.length];
            for (int k = 0; k < byStart.length; k++) {
                starts[k] = byStart[k].span().start();
                furthestEnds[k] = Math.max(byStart[k].span().end(), k == 0 ? Integer.MIN_VALUE : furthestEnds[k - 1]);
            }
        }

        /** The same answer as {@link #covered} for the actors this was made of. */
        boolean covers(int start, int end) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) { // the actors starting before end are [0, lo)
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < end) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo > 0 && furthestEnds[lo - 1] > start;
        }
    }

    /** The mentions to add, given the actors found so far and the article's date. */
    abstract List<ActorMention> resolve(AnnotatedArticle doc, List<ActorMention> actors, LocalDate date);
}
