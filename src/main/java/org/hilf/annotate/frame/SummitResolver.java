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
 * article's date; one named with its date gets the host city of the summit that date names ({@link
 * Gazetteer#summitOn}: none when it names several); a summit word with no organizer of
 * its own is the summit the article named last when it has no participants or is definite ("القمة"،
 * {@code definite} tells, in the article's language), and its participants join that summit; a
 * summit that is none of these and has no participants is dropped. Language-neutral and thread-safe.
 */
public final class SummitResolver {
    /** How many days after a summit's end a report may still speak of it as "the summit" without a date. */
    private static final int RECENT_DAYS = 7;
    /** Years apart within which two bodies' summits at one place make an undated summit named by the place alone ambiguous. */
    private static final int SHARED_PLACE_YEARS = 3;
    private final Gazetteer gazetteer;

    public SummitResolver(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    /** {@code horizon}: the article's date, or the latest date it names; may be null. */
    public List<EventMention> resolve(List<EventMention> events, LocalDate horizon, Predicate<EventMention> definite) {
        return resolve(events, horizon, definite, definite);
    }

    /**
     * {@code referring}: whether a summit word that names no body refers back ("the summit", "their second
     * summit"), and so is the last summit named or that summit's next one, with its partners.
     */
    public List<EventMention> resolve(List<EventMention> events, LocalDate horizon, Predicate<EventMention> definite,
                                      Predicate<EventMention> referring) {
        List<EventMention> out = new ArrayList<>(events.size());
        List<EventMention> named = new ArrayList<>();
        Set<String> heldNow = heldAround(events, horizon);
        for (EventMention e : events) {
            EventMention last = lastOf(named, e);
            if (!e.type().equals("Summit")) {
                out.add(e);
                continue;
            }
            EventMention r = e;
            if (e.organizerId() == null && e.placeId() != null && e.participants().isEmpty()
                    && !(e.planned() && last != null && definite.test(e))) {
                // "قمة مدريد"، "قمة واشنطن": the summit held there, that year or the latest before the article
                // ("القمة المقبلة ستعقد في المنامة" after a Gulf summit is the Gulf's next, not another body's next there)
                LocalDate h = e.date() == null || !e.date().resolved() ? horizon
                        : e.planned() ? e.date().start().minusDays(1) : e.date().end();
                String org = at(null, e, h)
                        .filter(x -> e.date() == null || !e.date().resolved() || x.start().getYear() == e.date().start().getYear())
                        .filter(x -> onlyBodyThere(x, e.date()))
                        .map(Gazetteer.Summit::organizationId).orElse(null);
                if (org != null) {
                    r = e.resolved(org, e.placeId(), e.date(), e.dateBasis(), Set.of(org));
                }
            }
            String there = r.organizerId() == null && !r.participants().isEmpty() ? heldThere(r, horizon) : null;
            if (there != null) { // "Arab leaders opened their annual summit in the Mauritanian capital on Monday"
                Set<String> ps = new LinkedHashSet<>(r.participants());
                ps.add(there);
                r = r.resolved(there, r.placeId(), r.date(), r.dateBasis(), ps);
            }
            // "القمة" after a named summit is that summit, whoever its sentence names
            String body = r.organizerId() == null && !(last != null && definite.test(r)) ? attendedBody(r.participants()) : null;
            if (body != null) {
                r = r.resolved(body, r.placeId(), r.date(), r.dateBasis(), r.participants());
            }
            int unnamed = r.organizerId() == null && last == null && definite.test(r) && !r.participants().isEmpty() ? unnamedBefore(out, r) : -1;
            if (r.organizerId() != null) {
                r = reference(r, horizon, heldNow);
                if (r.date() != null) {
                    named.add(r);
                }
            } else if (unnamed >= 0) {
                // "في ختام القمة الثانية الصين-آسيا الوسطى …. وشارك في القمة X": a summit of no body, which "القمة" refers back to
                EventMention u = out.get(unnamed);
                Set<String> ps = new LinkedHashSet<>(u.participants());
                ps.addAll(r.participants());
                out.set(unnamed, u.resolved(null, u.placeId(), u.date(), u.dateBasis(), ps));
                continue;
            } else if (r.participants().size() < 2 || last != null && definite.test(r)) {
                if (last == null || !r.planned() && ownYear(r, last)) {
                    // a summit word that names no summit; or "وكانت الرياض قد احتضنت القمة … في كانون الأول 2023" in
                    // a report of a 2024 summit: an earlier summit, of a body its sentence may not name
                    continue;
                }
                // "the ASEAN-Japan summit … the summit": that summit, with its partners; not "SADC leaders … a summit"
                Set<String> partners = r.participants().stream().anyMatch(p -> p.startsWith("org/")) || !referring.test(r) ? Set.of() : last.partners();
                Set<String> ps = new LinkedHashSet<>(r.participants());
                ps.add(last.organizerId());
                ps.addAll(partners);
                // "القمة المقبلة": the same organization's next summit, not the one just named
                r = (r.planned() && !last.planned() ? r.resolved(last.organizerId(), r.placeId(), r.date(), r.dateBasis(), ps)
                        : r.resolved(last.organizerId(), last.placeId(), last.date(), "context", ps)).withPartners(partners);
                // "ستطرح بلادنا خلال القمة رؤيتها" after "القمة التي تستضيفها أنقرة في يوليو المقبل": that summit, still to come
                r = last.planned() && !r.planned() && !"text".equals(e.dateBasis()) ? r.asPlanned() : r;
            }
            out.add(r);
        }
        return withTheirOrganization(out);
    }

    /**
     * "استضاف بايدن قمة كواد بحضور …" beside "قمة كواد في ديلاوير": a summit word with participants
     * but no organizer is the article's one named summit of the same year and modality, when most of
     * its states are that organization's members or partners; with two such summits, or a bilateral
     * "قمة" of outsiders, it stays as it is.
     */
    private List<EventMention> withTheirOrganization(List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention word : events) {
            EventMention e = word;
            if (e.type().equals("Summit") && e.organizerId() == null && !e.participants().isEmpty()) {
                List<EventMention> same = events.stream().filter(x -> x.type().equals("Summit") && x.organizerId() != null
                        && x.planned() == word.planned() && sameYear(x.date(), word.date())).toList();
                Set<String> orgs = new LinkedHashSet<>();
                same.forEach(x -> orgs.add(x.organizerId()));
                if (orgs.size() == 1 && mostlyTied(e.participants(), same.get(0).organizerId())) {
                    EventMention o = same.get(0);
                    Set<String> ps = new LinkedHashSet<>(e.participants());
                    ps.add(o.organizerId());
                    e = e.resolved(o.organizerId(), e.placeId() != null ? e.placeId() : o.placeId(),
                            e.date() != null ? e.date() : o.date(), e.date() != null ? e.dateBasis() : "context", ps);
                }
            }
            out.add(e);
        }
        return out;
    }

    /**
     * "القمة العادية … برئاسة الرئيس النيجيري X، وبحضور رئيس مفوضية المجموعة Y": a summit no word
     * names the organizer of is the one organization among its participants that most of its states
     * belong to; null when none or several.
     */
    private String attendedBody(Set<String> participants) {
        List<String> bodies = participants.stream().filter(p -> p.startsWith("org/") && mostlyTied(participants, p)).toList();
        return bodies.size() == 1 ? bodies.get(0) : null;
    }

    /**
     * The index in {@code out} of the summit of no organization reported last, with participants of two
     * sides or more and the modality and year of {@code e}; -1 when there is none.
     */
    private static int unnamedBefore(List<EventMention> out, EventMention e) {
        for (int i = out.size() - 1; i >= 0; i--) {
            EventMention u = out.get(i);
            if (u.type().equals("Summit")) {
                boolean fits = u.organizerId() == null && u.participants().size() >= 2 && u.planned() == e.planned()
                        && !ownYear(e, u);
                return fits ? i : -1;
            }
        }
        return -1;
    }

    /** The summit word's own sentence dates it to another year than the summit named last. */
    private static boolean ownYear(EventMention e, EventMention last) {
        return "text".equals(e.dateBasis()) && e.date() != null && !sameYear(e.date(), last.date());
    }

    private static boolean sameYear(DateMention a, DateMention b) {
        return a == null || b == null || !a.resolved() || !b.resolved() || a.start().getYear() == b.start().getYear();
    }

    private boolean mostlyTied(Set<String> participants, String organizationId) {
        List<String> states = participants.stream().filter(p -> p.startsWith("state/")).toList();
        long tied = states.stream().filter(st -> gazetteer.hasTie(st, "memberOf", organizationId)
                || gazetteer.hasTie(st, "partnerOf", organizationId)).count();
        return !states.isEmpty() && tied * 2 > states.size();
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
        // "جدول أعمال القمة" after "القمة المقبلة ستعقد": a held summit's word names the last held one
        for (int i = named.size() - 1; i >= 0; i--) {
            if (named.get(i).planned() == e.planned()) {
                return named.get(i);
            }
        }
        return named.get(named.size() - 1);
    }

    /**
     * No other body held a summit at that place in the days the summit word's date names, or, undated,
     * within {@link #SHARED_PLACE_YEARS} of this one: "a summit in Moscow" names no body when Moscow hosted
     * the CSTO's and the CIS's, while "قمة مدريد" names NATO's. Two bodies' rows of one day are their joint summit.
     */
    private boolean onlyBodyThere(Gazetteer.Summit x, DateMention d) {
        boolean dated = d != null && d.resolved();
        List<Gazetteer.Summit> there = gazetteer.summitsAt(x.placeId());
        Set<String> joint = there.stream().filter(y -> y.start().equals(x.start()))
                .map(Gazetteer.Summit::organizationId).collect(java.util.stream.Collectors.toSet());
        return there.stream().filter(y -> dated ? !y.start().isAfter(d.end().plusDays(1)) && !y.end().isBefore(d.start().minusDays(1))
                        : Math.abs(y.start().getYear() - x.start().getYear()) <= SHARED_PLACE_YEARS)
                .allMatch(y -> joint.contains(y.organizationId()));
    }

    /** The summit at the event's place: the last before the horizon, or for a planned one the next after it. */
    private java.util.Optional<Gazetteer.Summit> at(String organizationId, EventMention e, LocalDate horizon) {
        return e.planned() ? gazetteer.summitNextAt(organizationId, e.placeId(), horizon)
                : gazetteer.summitAt(organizationId, e.placeId(), horizon);
    }

    private static DateMention dateOf(EventMention e, Gazetteer.Summit ref) {
        return new DateMention(e.trigger(), "", ref.start(), ref.end(), DateMention.Granularity.YEAR, true, false, false);
    }

    /**
     * The one body whose summit the reference list holds at the summit's place in the days of its date
     * (or, undated, of {@code horizon}), the days after included as for "the summit"; null when none or several.
     */
    private String heldThere(EventMention e, LocalDate horizon) {
        LocalDate day = e.date() == null ? horizon : e.date().resolved() && e.date().granularity() == DateMention.Granularity.DAY ? e.date().start() : null;
        if (e.placeId() == null || day == null) {
            return null;
        }
        List<String> bodies = gazetteer.summitsAt(e.placeId()).stream()
                .filter(x -> !x.start().isAfter(day.plusDays(1)) && !x.end().plusDays(RECENT_DAYS).isBefore(day))
                .map(Gazetteer.Summit::organizationId).distinct().toList();
        return bodies.size() == 1 ? bodies.get(0) : null;
    }

    /**
     * The bodies whose summit the article reports as held around {@code horizon} (dated, not planned): an
     * undated summit of theirs at a place is that one, though the reference list may not hold it.
     */
    private static Set<String> heldAround(List<EventMention> events, LocalDate horizon) {
        Set<String> out = new java.util.HashSet<>();
        for (EventMention x : events) {
            if (horizon != null && x.type().equals("Summit") && !x.planned() && x.organizerId() != null && x.date() != null
                    && x.date().resolved() && !x.date().start().isAfter(horizon) && !x.date().end().plusDays(RECENT_DAYS).isBefore(horizon)) {
                out.add(x.organizerId());
            }
        }
        return out;
    }

    private EventMention reference(EventMention e, LocalDate horizon, Set<String> heldNow) {
        if (!e.partners().isEmpty()) {
            return e; // the table lists an organization's own summits, not those it holds with partners
        }
        if (e.date() != null && e.date().resolved()) {
            var ref = gazetteer.summitOn(e.organizerId(), e.date().start(), e.date().end());
            if (ref.isPresent() && e.placeId() == null) {
                return e.resolved(e.organizerId(), ref.get().placeId(), e.date(), e.dateBasis(), e.participants());
            }
        } else if (e.placeId() != null) {
            var ref = at(e.organizerId(), e, horizon);
            var next = e.planned() || horizon == null || heldNow.contains(e.organizerId()) ? java.util.Optional.<Gazetteer.Summit>empty()
                    : gazetteer.summitNextAt(e.organizerId(), e.placeId(), horizon).filter(x -> x.start().isBefore(horizon.plusYears(1)));
            if (next.isPresent() && (ref.isEmpty() || ref.get().end().plusDays(RECENT_DAYS).isBefore(horizon))) {
                // "ahead of the G20 summit in Rio" in February 2024: the body's summit there this coming year, still to come
                return new EventMention(e.type(), e.sentence(), e.trigger(), e.participants(), e.visitor(), e.host(), e.placeId(),
                        e.organizerId(), dateOf(e, next.get()), "reference", true, e.evidence(), e.more(), e.partners());
            }
            if (ref.isPresent()) {
                return e.resolved(e.organizerId(), e.placeId(), dateOf(e, ref.get()), "reference", e.participants());
            }
        } else if (horizon != null && !e.planned() && (e.date() == null || !e.date().resolved())) {
            // "يفتتح القمة الخليجية" in a report of 1 December 2024: the summit under way or just held
            var ref = gazetteer.summitAround(e.organizerId(), horizon, RECENT_DAYS);
            if (ref.isPresent()) {
                return e.resolved(e.organizerId(), ref.get().placeId(), dateOf(e, ref.get()), "reference", e.participants());
            }
        }
        return e;
    }
}
