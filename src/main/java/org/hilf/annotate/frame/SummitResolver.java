package org.hilf.annotate.frame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.hilf.annotate.DateMention;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Gazetteer;

/**
 * Summits against the reference list ({@code data/gazetteer/summits.tsv}): a summit named with its
 * place but no year ("قمة الناتو في واشنطن") is the organization's summit there nearest before the
 * article's date; one named with its year gets its host city; a summit word with no organizer of
 * its own is the summit the article named last when it has no participants or is definite ("القمة"،
 * {@code definite} tells, in the article's language), and its participants join that summit; a
 * summit that is none of these and has no participants is dropped. Language-neutral and thread-safe.
 */
public final class SummitResolver {
    private final Gazetteer gazetteer;

    public SummitResolver(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    /** {@code horizon}: the article's date, or the latest date it names; may be null. */
    public List<EventMention> resolve(List<EventMention> events, LocalDate horizon, Predicate<EventMention> definite) {
        List<EventMention> out = new ArrayList<>(events.size());
        List<EventMention> named = new ArrayList<>();
        for (EventMention e : events) {
            EventMention last = lastOf(named, e);
            if (!e.type().equals("Summit")) {
                out.add(e);
                continue;
            }
            EventMention r = e;
            if (e.organizerId() == null && e.placeId() != null && e.participants().isEmpty()) {
                // "قمة مدريد"، "قمة واشنطن": the summit held there, that year or the latest before the article
                LocalDate h = e.date() != null && e.date().resolved() ? e.date().end() : horizon;
                String org = gazetteer.summitAt(null, e.placeId(), h)
                        .filter(x -> e.date() == null || !e.date().resolved() || x.start().getYear() == e.date().start().getYear())
                        .map(Gazetteer.Summit::organizationId).orElse(null);
                if (org != null) {
                    r = e.resolved(org, e.placeId(), e.date(), e.dateBasis(), Set.of(org));
                }
            }
            if (r.organizerId() != null) {
                r = reference(r, horizon);
                if (r.date() != null) {
                    named.add(r);
                }
            } else if (r.participants().size() < 2 || last != null && definite.test(r)) {
                if (last == null) {
                    continue; // a summit word that names no summit
                }
                Set<String> ps = new LinkedHashSet<>(r.participants());
                ps.add(last.organizerId());
                // "القمة المقبلة": the same organization's next summit, not the one just named
                r = r.planned() && !last.planned() ? r.resolved(last.organizerId(), r.placeId(), r.date(), r.dateBasis(), ps)
                        : r.resolved(last.organizerId(), last.placeId(), last.date(), "context", ps);
            }
            out.add(r);
        }
        return out;
    }

    /**
     * The summit a summit word without an organizer refers back to: the last one named of the same
     * year when the word has a year ("قمة هذا العام"), the latest one when its date cannot be resolved
     * (an undated article's "this year"), else the last one named.
     */
    private static EventMention lastOf(List<EventMention> named, EventMention e) {
        if (named.isEmpty()) {
            return null;
        }
        if (e.date() != null && e.date().resolved()) {
            for (int i = named.size() - 1; i >= 0; i--) {
                DateMention d = named.get(i).date();
                if (d != null && d.resolved() && d.start().getYear() == e.date().start().getYear()) {
                    return named.get(i);
                }
            }
        }
        if (e.date() != null && !e.date().resolved()) {
            // "قمة هذا العام" in an undated article: now, so the latest summit the article names
            // (a summit the article names without a date of its own ranks last; an undated article has no other)
            return named.stream().filter(x -> x.date() != null && x.date().resolved())
                    .max(java.util.Comparator.comparing(x -> x.date().start())).orElse(named.get(named.size() - 1));
        }
        return named.get(named.size() - 1);
    }

    private EventMention reference(EventMention e, LocalDate horizon) {
        if (e.date() != null && e.date().resolved()) {
            var ref = gazetteer.summitIn(e.organizerId(), e.date().start().getYear());
            if (ref.isPresent() && e.placeId() == null) {
                return e.resolved(e.organizerId(), ref.get().placeId(), e.date(), e.dateBasis(), e.participants());
            }
        } else if (e.placeId() != null) {
            var ref = gazetteer.summitAt(e.organizerId(), e.placeId(), horizon);
            if (ref.isPresent()) {
                DateMention d = new DateMention(e.trigger(), "", ref.get().start(), ref.get().end(),
                        DateMention.Granularity.YEAR, true, false, false);
                return e.resolved(e.organizerId(), e.placeId(), d, "reference", e.participants());
            }
        }
        return e;
    }
}
