package org.hilf.annotate.en;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.DateMention;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;

/**
 * Who was at the summit an article reports, when the text says so outside the summit's own sentence:
 * <ul>
 *   <li>"the summit", "the two-day summit", "the gathering" a later sentence names without an
 *       organization is the summit already reported, not another one;</li>
 *   <li>attendance with no event of its own sentence ("GCC Secretary-General X also attended",
 *       "Y and Z also took part") is attendance at the article's summit;</li>
 *   <li>the head of an organization (its secretary-general, the head of its secretariat) whom the
 *       article names takes part in that organization's summit the article reports as it happens.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class EnglishAttendance {
    /** Roles that head an organization: its holder is at the organization's own summit. */
    private static final Set<String> HEADS = Set.of("secretary_general", "head_of_organization");
    /** A summit reported as news: no more than this many days from the article's date. */
    private static final int NEWS_DAYS = 7;

    private final EnglishResources res;

    /** Nouns for a gathering as a whole: data/lexicon/en/gathering_nouns.txt. */
    private final Set<String> gatheringNouns;

    EnglishAttendance(EnglishResources res) {
        this.res = res;
        this.gatheringNouns = res.words("lexicon/en/gathering_nouns.txt");
    }

    /**
     * The gathering attendance words [from, to) are about, as the offset of its noun in the text, or -1:
     * the object of the attendance is a definite gathering noun ("chairing the three-day gathering",
     * "attended the summit as a guest"), or, in the passive, the phrase it is said of ("the one-day
     * gathering at Diriyah Palace, which was attended by"). Such attendance joins that summit: the
     * sentence's own when the noun is its trigger, else the article's, never the sentence's other encounter.
     */
    int namedGathering(List<EnToken> tokens, int from, int to) {
        for (int k = to; k < tokens.size() && k <= to + 4; k++) {
            if (k > to && (tokens.get(k).breakBefore() || tokens.get(k).commaBefore())) {
                break;
            }
            if (gatheringNouns.contains(tokens.get(k).folded())) {
                return definite(tokens, k) ? tokens.get(k).start() : -1;
            }
        }
        boolean passive = tokens.get(to - 1).folded().equals("by");
        for (int k = from - 1; passive && k >= 0 && k >= from - 12; k--) {
            if (gatheringNouns.contains(tokens.get(k).folded())) {
                return definite(tokens, k) ? tokens.get(k).start() : -1;
            }
        }
        return -1;
    }

    /** "the summit", "the three-day gathering": the determiner before the trigger, over words in lower case. */
    static boolean definite(List<EnToken> tokens, int from) {
        for (int k = from - 1; k >= 0 && k >= from - 3; k--) {
            String w = tokens.get(k).folded();
            if (w.matches("the|their|his|her|its|this|that")) {
                return true;
            }
            if (w.matches("first|second|third|fourth|another|new|inaugural|next|first-ever")
                    || w.matches("\\d+(st|nd|rd|th)")) {
                return false; // "the first trilateral summit": a new one ("the extraordinary joint summit" is the one reported)
            }
            String t = tokens.get(k).text();
            if (t.isEmpty() || !Character.isLowerCase(t.charAt(0)) && !Character.isDigit(t.charAt(0)) || tokens.get(k + 1).commaBefore()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The index of the summit already reported that a definite summit is (of no organization, or of one
     * the earlier report did not name or named the same), or -1:
     * the latest earlier summit that is not planned (or as planned as this one).
     */
    static int earlierSummit(List<EventMention> out, EventMention e) {
        return earlierSummit(out, e, false);
    }

    /**
     * As above; {@code chaired}: the meeting is the object of a host's verb ("X chaired the meeting with Y",
     * "hosted the meeting with Y"), the gathering reported before, of which X and Y are the chairs.
     */
    static int earlierSummit(List<EventMention> out, EventMention e, boolean chaired) {
        if (!e.type().equals("Summit") && !e.type().equals("Meeting")) {
            return -1;
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            EventMention p = out.get(i);
            if (p.type().equals("Summit") && p.planned() == e.planned()) {
                // "the joint summit of the OIC and the Arab League" after an unnamed "summit in Riyadh": one summit
                boolean summit = e.type().equals("Summit")
                        && (e.organizerId() == null || p.organizerId() == null || p.organizerId().equals(e.organizerId()));
                // "the meeting" of none but the summit's own actors is the summit
                boolean same = summit || chaired || !e.participants().isEmpty() && p.participants().containsAll(e.participants());
                return same && near(p.date(), e.date()) ? i : -1;
            }
        }
        return -1;
    }

    /** True when the event word {@code n} is "the meeting" just after a host's or chair's verb (frames.tsv host-join). */
    static boolean chaired(List<EnglishEventExtractor.Found> found, int n) {
        return n > 0 && found.get(n - 1).to() == found.get(n).from() - 1
                && found.get(n - 1).frames().stream().anyMatch(x -> x.id().equals("host-join"));
    }

    /**
     * An organization's own meeting reported in the sentence of its summit ("hosting a meeting that X
     * skipped") is the summit; so is the trip of one who attends it, told in the summit's sentence.
     */
    static List<EventMention> ownMeetingsInSummits(List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events);
        out.removeIf(m -> m.type().equals("Meeting") && events.stream().anyMatch(x -> x.type().equals("Summit") && x.organizerId() != null
                && x.allSentences().contains(m.sentence()) && Set.of(x.organizerId()).containsAll(m.participants())));
        // "X arrived in Hiroshima on Saturday to attend the G7 summit": the trip is the attendance, no visit of its own
        // (not "visited Tokyo after the NATO summit in Vilnius": another place; nor "the council, set up during
        // Modi's visit to Riyadh in 2019", told in the sentence of a 2023 summit: another time)
        for (EventMention v : events) {
            int s = v.type().equals("Visit") && v.visitor() != null ? indexOf(out, x -> x.type().equals("Summit")
                    && x.sentence().equals(v.sentence()) && x.planned() == v.planned() && x.placeId() != null
                    && x.placeId().equals(v.placeId()) && near(x.date(), v.date())) : -1;
            if (s >= 0) {
                Set<String> ps = new java.util.LinkedHashSet<>(out.get(s).participants());
                v.participants().stream().filter(p -> !p.equals(v.host())).forEach(ps::add);
                EventMention x = out.get(s);
                out.set(s, x.resolved(x.organizerId(), x.placeId(), x.date(), x.dateBasis(), ps));
                out.remove(v);
            }
        }
        return out;
    }

    private static int indexOf(List<EventMention> events, java.util.function.Predicate<EventMention> p) {
        for (int i = 0; i < events.size(); i++) {
            if (p.test(events.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Two dates of one gathering: either unknown, or no more than a few days apart. */
    private static boolean near(DateMention a, DateMention b) {
        if (a == null || b == null || a.start() == null || b.start() == null) {
            return true;
        }
        if (a.granularity() != DateMention.Granularity.DAY || b.granularity() != DateMention.Granularity.DAY) {
            return a.start().getYear() == b.start().getYear(); // "earlier this month": no finer than that
        }
        return Math.abs(ChronoUnit.DAYS.between(a.start(), b.start())) <= NEWS_DAYS;
    }

    /**
     * The index of the summit that attendance in a sentence with no event of its own joins, or -1: the
     * latest summit of the article that is not planned, when the attendance is not dated to another year.
     */
    static int summitFor(List<EventMention> out, DateMention date) {
        for (int i = out.size() - 1; i >= 0; i--) {
            EventMention p = out.get(i);
            if (p.type().equals("Summit") && !p.planned()) {
                boolean sameYear = date == null || p.date() == null || p.date().start() == null
                        || p.date().start().getYear() == date.start().getYear();
                return sameYear ? i : -1;
            }
        }
        return -1;
    }

    /**
     * The event that attendance in a sentence joins. When the attendance names a gathering (its noun at
     * {@code noun} ≥ 0): the sentence's own summit that noun reports, else the article's summit of an
     * earlier sentence ({@code before}: how many events earlier sentences reported). Otherwise the summit
     * among the sentence's own events {@code own}, else its first; with none, the article's summit.
     */
    static int joinTarget(List<EventMention> out, List<Integer> own, int noun, int before, DateMention date) {
        // "took part in the meeting of G7 foreign ministers": the sentence's own meeting that noun reports, not the article's summit
        int here = noun < 0 ? -1 : own.stream().filter(i -> (out.get(i).type().equals("Summit") || out.get(i).type().equals("Meeting"))
                        && out.get(i).trigger().contains(noun))
                .findFirst().orElse(-1);
        int named = noun >= 0 && here < 0 ? summitFor(out.subList(0, before), null) : here;
        return named >= 0 ? named : own.stream().filter(i -> out.get(i).type().equals("Summit")).findFirst()
                .orElse(own.isEmpty() ? summitFor(out, date) : own.get(0));
    }

    /**
     * "a deal also brokered by Washington" (frames.tsv mediated-by): the mediator sits in the sentence's own accord or
     * talks, the first of them; never in a summit ("the ceasefire, brokered by Egypt, took effect days before leaders
     * gathered for a summit"). -1 when the sentence reports neither.
     */
    static int mediated(List<EventMention> out, List<Integer> own) {
        return own.stream().filter(i -> out.get(i).type().equals("Agreement") || out.get(i).type().equals("Meeting")).findFirst().orElse(-1);
    }

    /** Summits the article reports as news gain the heads of their organizations the article names. */
    List<EventMention> heads(AnnotatedArticle doc, List<EventMention> events) {
        LocalDate anchor = doc.get(Keys.ANCHOR).date();
        if (anchor == null) {
            return events;
        }
        Set<String> people = new LinkedHashSet<>();
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            Entity x = res.entity(doc, a.entityId());
            if (a.role() == ActorMention.Role.NAME && x != null && x.type() == EntityType.PERSON) {
                people.add(x.id());
            }
        }
        List<EventMention> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            EventMention e = out.get(i);
            LocalDate when = e.date() == null ? null : e.date().start();
            if (!e.type().equals("Summit") || e.planned() || when == null || Math.abs(ChronoUnit.DAYS.between(when, anchor)) > NEWS_DAYS) {
                continue;
            }
            Set<String> ps = new LinkedHashSet<>(e.participants());
            for (String person : people) {
                for (Entity.Office o : res.gazetteer.officesOf(person)) {
                    if (HEADS.contains(o.role()) && o.heldOn(when) && e.participants().contains(o.affiliationId())) {
                        ps.add(person);
                    }
                }
            }
            if (ps.size() > e.participants().size()) {
                out.set(i, e.resolved(e.organizerId(), e.placeId(), e.date(), e.dateBasis(), ps));
            }
        }
        return out;
    }

    /**
     * Whose "the next summit", "another summit", "the 2024 summit" is (the summit noun at word {@code at}
     * names no organization): that of the latest summit reported before, else the international
     * organization the article names most (at least twice), else null. A bloc's next summit is its own;
     * "their next summit" after the GCC and ASEAN's joint one is their next joint one: its sides, the
     * organizer first ({@link EventMention#summitSides()}), or an empty list.
     */
    List<String> nextSummitOf(AnnotatedArticle doc, List<EventMention> out, List<EnToken> tokens, int at) {
        boolean next = false;
        for (int k = at - 1; k >= 0 && k >= at - 3 && !tokens.get(k + 1).commaBefore(); k--) {
            next |= tokens.get(k).folded().matches("next|another|following|upcoming|\\d{4}");
        }
        if (!next) {
            return List.of();
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            EventMention e = out.get(i);
            if (e.type().equals("Summit") && e.organizerId() != null) {
                List<String> sides = new ArrayList<>(List.of(e.organizerId()));
                sides.addAll(new java.util.TreeSet<>(e.partners()));
                return sides;
            }
        }
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (ActorMention a : doc.get(Keys.ACTORS)) {
            Entity x = res.entity(doc, a.entityId());
            if (a.role() == ActorMention.Role.NAME && x != null && x.type().isOrganization() && x.countryId() == null && !res.gazetteer.isMedia(x.id())) {
                counts.merge(x.id(), 1, Integer::sum);
            }
        }
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        List<String> top = counts.entrySet().stream().filter(c -> c.getValue() == most).map(java.util.Map.Entry::getKey).toList();
        return most >= 2 && top.size() == 1 ? List.of(top.get(0)) : List.of();
    }

    /** "the ASEAN-GCC summit", "a summit of ASEAN and the GCC": every organization named takes part. */
    EventMention withOrganizations(AnnotatedArticle doc, EventMention e, org.hilf.annotate.frame.Chunk o) {
        Set<String> ps = new LinkedHashSet<>(e.participants());
        for (ActorMention a : o.actors()) {
            var x = res.entity(doc, a.entityId());
            if (x != null && x.type().isOrganization() && !res.gazetteer.isMedia(x.id()) && a.role() == ActorMention.Role.NAME) {
                ps.add(x.id());
            }
        }
        return ps.size() == e.participants().size() ? e : e.resolved(e.organizerId(), e.placeId(), e.date(), e.dateBasis(), ps);
    }
}
