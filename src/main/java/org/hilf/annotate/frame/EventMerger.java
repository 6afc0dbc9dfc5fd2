package org.hilf.annotate.frame;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.hilf.annotate.DateMention;
import org.hilf.annotate.EventMention;

/**
 * Within one article, the reports of one encounter are one event: "استقبل X Y" in the lead, "وبحث
 * الجانبان …" after it and "خلال لقائهما" further down. Two reports are merged when they agree on
 * modality and date (or one has none) and the actors of one are all among the other's (at least
 * two of them) or they gather the same three or more states; a meeting of the visitor with the visit's own people, or in the sentence that
 * reports the visit, is part of the visit, and so is a second report of the same visitor's visit to the
 * same host in one sentence (its reception); a summit is one per organizer and year, and summits no body
 * held are one when they gather the same two or more states. Language-neutral and stateless.
 */
public final class EventMerger {
    private EventMerger() { }

    public static List<EventMention> merge(List<EventMention> events) { return merge(events, e -> false); }

    /**
     * As {@link #merge(List)}; an event {@code apart} says is its own ("held separate talks with X")
     * is neither merged into an earlier report nor takes a later one in.
     */
    public static List<EventMention> merge(List<EventMention> events, java.util.function.Predicate<EventMention> apart) {
        return mergeUnless(events, (earlier, later) -> apart.test(earlier) || apart.test(later));
    }

    /**
     * As {@link #merge(List)}; two reports {@code apart} says are of different encounters (an earlier
     * one, then a later one) are never merged ("وعلى هامش الاجتماع، التقى X نظيره Y": not the meeting).
     */
    public static List<EventMention> mergeUnless(List<EventMention> events, java.util.function.BiPredicate<EventMention, EventMention> apart) {
        List<EventMention> out = new ArrayList<>();
        for (EventMention e : events) {
            int into = -1;
            for (int i = out.size() - 1; i >= 0 && into < 0; i--) {
                if (same(out.get(i), e) && !apart.test(out.get(i), e)) { // the cheap test first: apart may read the text
                    into = i;
                }
            }
            if (into < 0) {
                out.add(e);
                continue;
            }
            EventMention f = out.get(into);
            // the visit is the frame of the meeting held during it; otherwise the first report leads
            out.set(into, e.type().equals("Visit") && !f.type().equals("Visit") ? e.absorb(f) : f.absorb(e));
        }
        return out;
    }

    /**
     * One visit has one report of the visit itself: a later reception of the same visitor in the
     * same host state by another official ("كما استقبل المرشد الأعلى السلطان" after the president's
     * reception) is a meeting held during that visit, not a second visit. Apply after {@link #merge}.
     */
    public static List<EventMention> laterReceptionsAsMeetings(List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention e : events) {
            boolean again = e.type().equals("Visit") && e.visitor() != null && e.host() != null && out.stream().anyMatch(u ->
                    u.type().equals("Visit") && e.visitor().equals(u.visitor()) && e.host().equals(u.host())
                            && u.planned() == e.planned() && datesAgree(u.date(), e.date()));
            out.add(again ? new EventMention("Meeting", e.sentence(), e.trigger(), e.participants(), null, null, e.placeId(),
                    e.organizerId(), e.date(), e.dateBasis(), e.planned(), e.evidence(), e.more()) : e);
        }
        return out;
    }

    /**
     * "Carney visited Mexico City last September, when the two leaders agreed to an action plan": the one other
     * person of an agreement the visitor makes with the visit's two states, in the sentence that reports the visit
     * (and with its modality), received him; he takes part in the visit. Language-neutral.
     */
    public static List<EventMention> hostsFromAgreements(List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention v : events) {
            if (!v.type().equals("Visit") || v.visitor() == null || !v.visitor().startsWith("person/") || v.host() == null
                    || v.host().contains(" ")) {
                out.add(v);
                continue;
            }
            // the agreement of two people and the visit's two states: the visitor, and the one who hosted him
            Set<String> states = v.participants().stream().filter(p -> p.startsWith("state/")).collect(Collectors.toSet());
            Set<String> hosts = new LinkedHashSet<>();
            for (EventMention a : events) {
                List<String> people = a.participants().stream().filter(p -> p.startsWith("person/")).toList();
                if (a.type().equals("Agreement") && a.sentence().equals(v.sentence()) && a.planned() == v.planned() && states.size() == 2
                        && people.size() == 2 && people.contains(v.visitor()) && a.participants().containsAll(states)
                        && a.participants().size() == 4) {
                    people.stream().filter(p -> !v.participants().contains(p)).forEach(hosts::add);
                }
            }
            if (hosts.isEmpty()) {
                out.add(v);
                continue;
            }
            Set<String> ps = new LinkedHashSet<>(v.participants());
            ps.addAll(hosts);
            out.add(new EventMention(v.type(), v.sentence(), v.trigger(), ps, v.visitor(), v.host(), v.placeId(), v.organizerId(),
                    v.date(), v.dateBasis(), v.planned(), v.evidence(), v.more()));
        }
        return out;
    }

    static boolean same(EventMention a, EventMention b) {
        if (a.planned() != b.planned() || !datesAgree(a.date(), b.date()) && !oneStay(a, b) || periodsApart(a, b)) {
            return false;
        }
        if (a.type().equals("Summit") || b.type().equals("Summit")) {
            if (a.type().equals(b.type()) && a.organizerId() == null && b.organizerId() == null) {
                // "قمة بين قادة الولايات المتحدة واليابان والفلبين" and "القمة، بين كيشيدا وبايدن": one summit of its
                // states; "قمة بين مصر والاتحاد الأوروبي" twice: one summit of a state and a union
                Set<String> shared = new HashSet<>(sides(a));
                shared.retainAll(sides(b));
                return shared.size() >= 2;
            }
            return a.type().equals(b.type()) && a.organizerId() != null && b.organizerId() != null && sameSummit(a, b);
        }
        boolean typesAgree = a.type().equals(b.type())
                || Set.of(a.type(), b.type()).equals(Set.of("Meeting", "Visit"));
        if (!typesAgree) {
            return false;
        }
        if (a.type().equals("Visit") && b.type().equals("Visit") && a.host() != null && b.host() != null
                && !a.host().equals(b.host())) {
            return false; // "زار X اليابان وكوريا الجنوبية": a visit to each host, never one
        }
        if (a.type().equals("Visit") && b.type().equals("Visit") && a.sentence().equals(b.sentence())
                && a.visitor() != null && a.visitor().equals(b.visitor()) && Objects.equals(a.host(), b.host())) {
            return true; // "زار X الرياض، استقبله خلالها Y": the visit and its reception, one sentence
        }
        EventMention visit = a.type().equals("Visit") ? a : b.type().equals("Visit") ? b : null;
        EventMention other = visit == a ? b : a;
        if (visit != null && other.type().equals("Meeting") && visit.visitor() != null
                && other.participants().contains(visit.visitor())
                && other.participants().stream().allMatch(p -> visit.participants().contains(p)
                        || p.startsWith("person/") && visit.reportedIn(other.sentence()))) {
            // the visitor meets the host's officials in a report of the visit ("وصل X إلى طوكيو
            // والتقى Y"): the meeting is the visit; a meeting reported apart with someone new is its own
            return true;
        }
        if (a.type().equals("Agreement") && b.type().equals("Agreement") && a.sentence().equals(b.sentence())
                && states(a).size() >= 2 && states(a).equals(states(b))) {
            return true; // "وشهد الزعيمان التوقيع على البروتوكول، الذي وقعه عن الجانب المصري X، وعن الجانب السعودي Y": one signing, its witnesses and signatories
        }
        if (a.type().equals(b.type()) && states(a).size() >= 3 && states(a).equals(states(b))) {
            return true; // "X hosted his counterparts from A, B and C for a meeting of Quad ministers" and "X, A's Y, B's Z and C's W met"
        }
        Set<String> small = a.participants().size() <= b.participants().size() ? a.participants() : b.participants();
        Set<String> big = small == a.participants() ? b.participants() : a.participants();
        return small.size() >= 2 && big.containsAll(small) || ownGathering(a, b, small, big);
    }

    /**
     * Two summits with organizers are one when the organizer is the same and neither names partners;
     * a summit named with partners ("the ASEAN-Japan summit") is another than its organizer's own and
     * than one with other partners: the same only when each takes in the other's organizer and partners
     * ("the first summit between the GCC and ASEAN" and "the GCC-ASEAN summit").
     */
    private static boolean sameSummit(EventMention a, EventMention b) {
        if (a.partners().isEmpty() && b.partners().isEmpty()) {
            return a.organizerId().equals(b.organizerId());
        }
        return takesIn(a, b) && takesIn(b, a);
    }

    private static boolean takesIn(EventMention a, EventMention b) {
        return b.summitSides().stream().allMatch(id -> a.participants().contains(id) || a.summitSides().contains(id));
    }

    /**
     * "قال الأمين العام للمنظمة في كلمته أمام الاجتماع": a meeting of one organization and nobody but
     * people (its own officials) is the meeting of that organization already reported, which they
     * attended too.
     */
    private static boolean ownGathering(EventMention a, EventMention b, Set<String> small, Set<String> big) {
        if (!a.type().equals("Meeting") || !b.type().equals("Meeting") || small.size() == big.size()) {
            return false;
        }
        List<String> bodies = small.stream().filter(p -> p.startsWith("org/")).toList();
        return bodies.size() == 1 && big.contains(bodies.get(0))
                && small.stream().allMatch(p -> p.startsWith("person/") || p.equals(bodies.get(0)));
    }

    /**
     * A meeting beside an encounter of three or more states: never one with it when its own words call
     * it bilateral (each language's bilateral_markers.txt decides that; this is the rest of the test).
     */
    public static boolean besideLarger(EventMention bilateral, EventMention larger) {
        return bilateral.type().equals("Meeting") && states(larger).size() > 2;
    }

    private static Set<String> sides(EventMention e) {
        return e.participants().stream().filter(p -> !p.startsWith("person/")).collect(Collectors.toSet());
    }

    private static Set<String> states(EventMention e) {
        return e.participants().stream().filter(p -> p.startsWith("state/")).collect(Collectors.toSet());
    }

    /**
     * "وكان روبيو قد وصل إلى الرياض مساء أمس" and "استقبل ولي العهد … روبيو" today: one visitor's visits to
     * one host on consecutive days, and his meetings with the host state then, are one stay (its arrival
     * and its talks), when both are past.
     */
    private static boolean oneStay(EventMention a, EventMention b) {
        EventMention visit = a.type().equals("Visit") ? a : b;
        EventMention other = visit == a ? b : a;
        if (!visit.type().equals("Visit") || a.planned() || visit.visitor() == null || visit.host() == null || a.date() == null || b.date() == null
                || a.date().granularity() != DateMention.Granularity.DAY || b.date().granularity() != DateMention.Granularity.DAY
                || Math.abs(a.date().start().toEpochDay() - b.date().start().toEpochDay()) > 1) {
            return false;
        }
        // "وكان بوتين قد وصل إلى أستانا مساء الأربعاء، حيث أجرى محادثات مع توكاييف": its talks too
        return other.type().equals("Visit") ? visit.visitor().equals(other.visitor()) && visit.host().equals(other.host())
                : other.type().equals("Meeting") && other.participants().contains(visit.visitor()) && other.participants().contains(visit.host());
    }

    /** Dates agree when either is missing, or both fall in the same day (or, when coarse, the same year). */
    private static boolean datesAgree(DateMention a, DateMention b) {
        if (a == null || b == null || !a.resolved() || !b.resolved()) {
            return true;
        }
        if (a.granularity() == DateMention.Granularity.DAY && b.granularity() == DateMention.Granularity.DAY) {
            // one day, or a day within a stay of days ("from 3 to 6 March" and "on Wednesday, 5 March")
            return !a.start().isAfter(b.end()) && !b.start().isAfter(a.end());
        }
        return a.start().getYear() == b.start().getYear();
    }

    /**
     * "had visited Abuja in January" is not the talks of an April Tuesday: two encounters whose own
     * sentences date them to different months are two (days of one month may be one stay: {@link #oneStay}; one
     * sentence's dates are not read finely enough to part its reports). A summit lasts days and is
     * recalled by its month or its year, so summits are left to {@link #datesAgree}.
     */
    private static boolean periodsApart(EventMention a, EventMention b) {
        DateMention x = a.date();
        DateMention y = b.date();
        return !a.type().equals("Summit") && !b.type().equals("Summit") && !a.sentence().equals(b.sentence())
                && x != null && y != null && x.resolved() && y.resolved() && "text".equals(a.dateBasis()) && "text".equals(b.dateBasis())
                && x.granularity() != DateMention.Granularity.YEAR && y.granularity() != DateMention.Granularity.YEAR
                && (YearMonth.from(x.start()).isAfter(YearMonth.from(y.end())) || YearMonth.from(y.start()).isAfter(YearMonth.from(x.end())));
    }
}
