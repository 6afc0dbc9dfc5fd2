package org.hilf.annotate.frame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.DateMention;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;

/**
 * Turns a frame's filled roles into an event: participants are the actors of the filled roles and
 * the bodies their office holders act for; nothing else. Media never take part, places are places,
 * and an event needs actors of two sides (two states, or a state and an international body): a
 * cabinet's or a party's own meeting, or a minister's visit inside his own state, is no diplomatic
 * event. Language-neutral and thread-safe.
 */
public final class EventAssembler {
    private final Gazetteer gazetteer;
    private final Visits visits;

    public EventAssembler(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.visits = new Visits(gazetteer, this);
    }

    /**
     * Where one event stands: its sentence, trigger, date, modality, the previous event (for
     * "الجانبان") and the latest gathering an organization held (for "القادة"), either may be null.
     */
    public record Context(Sentence sentence, Span trigger, DateMention date, String dateBasis, boolean planned,
                          EventMention previous, EventMention gathering, Function<String, Entity> entities, String placeId) {
        /** The same context for another event word of the sentence (one trigger, one event). */
        public Context withTrigger(Span other) {
            return new Context(sentence, other, date, dateBasis, planned, previous, gathering, entities, placeId);
        }
    }

    /**
     * The events the filled roles make: none, one, or for a visit to several states one visit to
     * each ("زار X اليابان وكوريا الجنوبية": two visits, each with the officials of its host).
     */
    public List<EventMention> assemble(Frame frame, Map<String, Chunk> roles, Context c) {
        LocalDate when = c.date() != null && c.date().start() != null ? c.date().start() : null;
        List<ActorMention> evidence = new ArrayList<>();
        roles.values().forEach(ch -> evidence.addAll(ch.actors()));
        EventMention e = switch (frame.type()) {
            case "Visit" -> visits.visit(roles, c, when, evidence);
            case "Summit" -> summit(roles, c, when, evidence);
            default -> meeting(frame, roles, c, when, evidence);
        };
        if (e == null) {
            return List.of();
        }
        return visits.eachHost(e, c, when);
    }

    /** The side an actor stands for: a state, or the body a person acts for, or itself. */
    String sideOf(String id, Context c, LocalDate when) {
        Entity e = c.entities().apply(id);
        if (e == null) {
            return id;
        }
        if (e.type() == EntityType.PERSON) {
            String b = body(null, e, when);
            return b == null ? id : side(c.entities().apply(b), b);
        }
        return side(e, id);
    }

    private EventMention meeting(Frame frame, Map<String, Chunk> roles, Context c, LocalDate when, List<ActorMention> evidence) {
        String type = frame.type();
        Set<String> ps = new LinkedHashSet<>();
        boolean group = false;
        for (Chunk ch : roles.values()) {
            if (ch.anaphor() && (ch.intro().equals(Chunk.GROUP) || ch.intro().equals(Chunk.CLOSED))) {
                // "ووقع القادة في ختام الاجتماع": the organization whose gathering it was
                String org = ch.intro().equals(Chunk.CLOSED) ? closedBody(c) : PriorEvents.groupBody(c.gathering(), c.previous());
                if (org == null) {
                    return null;
                }
                ps.addAll(PriorEvents.withPartners(org, c.gathering())); // "the leaders" of a joint summit: both its sides
                group = true;
            } else if (ch.anaphor()) {
                // "القادة الثلاثة"، "اتفقا": a number the previous event's sides do not have names another
                // "البلدان" stands for the previous event's two states, "the two blocs" for its two organizations
                // "اتفق الجانبان على", a planned meeting: the sides, not who spoke for them; "وقع الجانبان": who signed or sat
                String kind = ch.intro().equals(Chunk.STATES) ? "state/" : ch.intro().equals(Chunk.BODIES) ? "org/" : "";
                java.util.function.Predicate<String> of = ch.intro().equals(Chunk.SIDES) && (c.planned() || frame.type().equals("Agreement")
                        && !frame.signing()) ? p -> !p.startsWith("person/") : p -> p.startsWith(kind);
                if (c.previous() == null || !ch.fits(sides(c.previous().participants(), c, when))
                        || !kind.isEmpty() && c.previous().participants().stream().filter(of).count() != 2
                        || c.previous().participants().stream().noneMatch(of)) {
                    return null; // "البلدان" after talks of three states: which two is not told
                }
                c.previous().participants().stream().filter(of).forEach(ps::add);
            } else {
                ps.addAll(actors(ch, c, when));
            }
        }
        // a body's own meeting, or its own decision ("اعتمد مجلس وزراء خارجية المنظمة الخطة"), has one side
        if (sides(ps, c, when) < 2 && !group && !((type.equals("Meeting") || frame.adoption()) && ownMeeting(ps, named(roles), c, when))) {
            return null;
        }
        return new EventMention(type, c.sentence(), c.trigger(), ps, null, null, c.placeId(), null,
                c.date(), c.dateBasis(), c.planned(), evidence);
    }

    /** The body whose gathering the sentence reports closing, its summit's organizer or its meeting's one organization, or null. */
    private static String closedBody(Context c) {
        if (c.gathering() != null && c.gathering().sentence().equals(c.sentence())) {
            return c.gathering().organizerId();
        }
        EventMention p = c.previous();
        List<String> bodies = p == null || !p.sentence().equals(c.sentence()) || !p.type().equals("Meeting") ? List.of()
                : p.participants().stream().filter(id -> id.startsWith("org/")).toList();
        return bodies.size() == 1 ? bodies.get(0) : null;
    }

    private EventMention summit(Map<String, Chunk> roles, Context c, LocalDate when, List<ActorMention> evidence) {
        // "signed the AlUla Declaration at the summit of the GCC": a place before the summit word names no organizer
        Chunk o = roles.get("O") != null && roles.get("O").placesOnly() && roles.containsKey("P") ? roles.get("P") : roles.get("O");
        String organizer = null;
        Set<String> ps = new LinkedHashSet<>();
        if (o != null && !o.anaphor()) {
            for (ActorMention a : o.actors()) {
                Entity e = c.entities().apply(a.entityId());
                if (e != null && e.type().isOrganization() && !gazetteer.isMedia(e.id()) && organizer == null
                        && a.role() == ActorMention.Role.NAME) {
                    organizer = e.id();
                }
            }
            if (organizer == null) {
                ps.addAll(actors(o, c, when)); // "قمة بايدن وشي": a summit of two leaders
                if (sides(ps, c, when) < 2) {
                    return null; // the phrase names no one whose summit it is: try another reading
                }
            }
        }
        Set<String> partners = new LinkedHashSet<>();
        if (organizer != null) {
            ps.add(organizer);
            // "the EU-China summit", "ASEAN-GCC-China": the other sides the phrase names with the organizer, its partners
            String first = organizer;
            List<ActorMention> others = o.actors().stream().filter(a -> !a.entityId().equals(first)).toList();
            ps.addAll(actors(new Chunk(o.intro(), others, o.from(), o.to(), false), c, when));
            ps.stream().filter(id -> !id.equals(first) && !id.startsWith("person/")).forEach(partners::add);
        }
        for (Map.Entry<String, Chunk> r : roles.entrySet()) { // P, P2…: "برئاسة X وبمشاركة Y"
            if (r.getKey().startsWith("P") && !r.getValue().anaphor()) {
                ps.addAll(actors(r.getValue(), c, when));
            }
        }
        return new EventMention("Summit", c.sentence(), c.trigger(), ps, null, null, c.placeId(), organizer, c.date(),
                c.dateBasis(), c.planned(), evidence).withPartners(partners);
    }

    /**
     * An international organization's own meeting ("اجتماع وزراء خارجية دول مجلس التعاون"): its one
     * side is the organization, not a state's body (a cabinet's or party's meeting is no event).
     */
    private boolean ownMeeting(Set<String> ps, Set<String> named, Context c, LocalDate when) {
        if (ps.isEmpty() || sides(ps, c, when) != 1) {
            return false;
        }
        for (String id : named) { // the organization named in a role, not the body of a person who is
            Entity e = c.entities().apply(id);
            if (e != null && e.type().isOrganization() && e.countryId() == null) {
                return true;
            }
        }
        return false;
    }

    /** The actors the roles' phrases name themselves. */
    private static Set<String> named(Map<String, Chunk> roles) {
        Set<String> out = new LinkedHashSet<>();
        roles.values().forEach(ch -> ch.actors().forEach(a -> out.add(a.entityId())));
        return out;
    }

    /**
     * Attendance ("شارك X في القمة إلى جانب Y"، "X attended the summit"): the actors of the roles join
     * the sentence's summit, or else its other event; {@code first} is the index in {@code out} of the
     * sentence's first event.
     */
    public void join(List<EventMention> out, int first, Map<String, Chunk> roles, DateMention date, Sentence s,
                     Function<String, Entity> entities) {
        join(out, first, roles, date, s, entities, -1);
    }

    /**
     * As above; {@code earlier}, when the sentence reports no event of its own, is the index of an
     * earlier event its words name ("وشارك في الاجتماع …": the session just reported), or -1.
     */
    public void join(List<EventMention> out, int first, Map<String, Chunk> roles, DateMention date, Sentence s,
                     Function<String, Entity> entities, int earlier) {
        Chunk x = roles.get("X");
        // "أن يشارك الزعيمان في القمة": the two sides of the event just reported; a group word has no one;
        // "وشارك في القمة قادة الدول الأعضاء، إلى جانب Y": no one named but the one beside them (Y)
        if (x == null && roles.get("Y") == null || x != null && x.anaphor() && (x.intro().equals(Chunk.GROUP) || first == 0)) {
            return;
        }
        int target = -1;
        for (int i = first; i < out.size(); i++) {
            if (target < 0 || out.get(i).type().equals("Summit")) {
                target = i;
            }
        }
        if (target < 0) {
            target = earlier;
        }
        if (target < 0) {
            return;
        }
        EventMention e = out.get(target);
        Context c = new Context(s, e.trigger(), date, null, e.planned(), null, null, entities, null);
        Set<String> ps = new LinkedHashSet<>(e.participants());
        for (Chunk ch : roles.values()) {
            if (!ch.anaphor()) {
                ps.addAll(actors(ch, c, date == null ? null : date.start()));
            } else if (!ch.intro().equals(Chunk.GROUP) && first > 0 && target != first - 1) {
                ps.addAll(out.get(first - 1).participants());
            }
        }
        out.set(target, e.resolved(e.organizerId(), e.placeId(), e.date(), e.dateBasis(), ps));
    }

    /** The actors of a phrase that take part: no media, no places; a person brings the body of the office. */
    public Set<String> actors(Chunk ch, Context c, LocalDate when) {
        Set<String> out = new LinkedHashSet<>();
        for (ActorMention a : ch.actors()) {
            if (a.role() != ActorMention.Role.NAME) {
                continue;
            }
            Entity e = c.entities().apply(a.entityId());
            if (e == null || e.type() == EntityType.PLACE || gazetteer.isMedia(e.id())) {
                continue;
            }
            out.addAll(withBody(a, e, when));
        }
        return out;
    }

    List<String> withBody(ActorMention a, Entity e, LocalDate when) {
        if (e.type() != EntityType.PERSON) {
            return List.of(e.id());
        }
        String body = body(a, e, when);
        return body == null ? List.of(e.id()) : List.of(e.id(), body);
    }

    /** The state or organization a person acts for here: the title's body, else the office held on the date. */
    private String body(ActorMention a, Entity e, LocalDate when) {
        if (a != null && a.affiliationId() != null) {
            return a.affiliationId();
        }
        if (e.affiliationId() != null) {
            return e.affiliationId();
        }
        return gazetteer.affiliationOn(e.id(), when).orElse(null); // undated: the latest office
    }

    /**
     * How many sides the participants stand for: a state, its national bodies and its office holders
     * are one side; an international body is a side of its own.
     */
    int sides(Set<String> participants, Context c, LocalDate when) {
        Set<String> sides = new LinkedHashSet<>();
        for (String id : participants) {
            Entity e = c.entities().apply(id);
            if (e == null) {
                sides.add(id);
            } else if (e.type() == EntityType.PERSON) {
                // a person of no known office stands for no side: the body they act for is what counts
                String b = body(null, e, when);
                if (b != null) {
                    sides.add(side(c.entities().apply(b), b));
                }
            } else {
                sides.add(side(e, id));
            }
        }
        return sides.size();
    }

    private static String side(Entity e, String id) {
        return e != null && e.countryId() != null && e.type() != EntityType.STATE ? e.countryId() : id;
    }
}
