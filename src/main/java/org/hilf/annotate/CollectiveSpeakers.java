package org.hilf.annotate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who speaks through a document that names no speaker of its own: a joint statement ("وجاء في بيان
 * مشترك"، "in a joint statement") speaks for the sides of the encounter it closes, a final
 * communiqué or declaration ("البيان الختامي"، "the final communique") for the organization whose
 * summit or meeting adopted it. The encounter is the latest event reported at or before the
 * sentence. Language-neutral: each language's statement extractor recognises the document nouns and
 * asks here. When the events do not tell, the answer is empty and no statement is made: a missing
 * statement costs less than one put in the wrong mouth.
 */
public final class CollectiveSpeakers {
    /** How many sentences back the encounter a document closes may have been reported. */
    private static final int REACH = 8;

    private final Gazetteer gazetteer;

    public CollectiveSpeakers(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Who speaks together: JOINT, the issuers of a joint document; FINAL, of a final communiqué; STATES, the
     * states of the latest encounter ("the two governments said"), which may be their agreement ("Japan and
     * the Philippines signed a pact, … the two governments said").
     */
    public enum Kind { JOINT, FINAL, STATES }

    /** The speakers of a document of this kind reported in sentence {@code s}, or none. */
    public List<String> of(AnnotatedArticle doc, Sentence s, Kind kind) {
        EventMention e = latest(doc, s, kind);
        if (e == null) {
            return List.of();
        }
        if (kind == Kind.FINAL && e.organizerId() != null) {
            return List.of(e.organizerId()); // a summit's declaration is its host body's, not its guests'
        }
        List<String> bodies = organizations(doc, e);
        if (kind == Kind.FINAL || e.type().equals("Summit")) {
            return bodies;
        }
        // a joint statement after talks: each state that took part speaks for itself
        List<String> states = e.participants().stream().filter(p -> type(doc, p) == EntityType.STATE).toList();
        if (states.size() >= 2) {
            return states;
        }
        return bodies.size() + states.size() >= 2 ? concat(bodies, states) : List.of();
    }

    /**
     * "the four ministers said": the people of the latest event reported at or before the sentence
     * (not one the article reports later), or its states when it names no one; a summit's bodies.
     */
    public List<String> group(AnnotatedArticle doc, Sentence s) {
        EventMention e = latest(doc, s, null);
        if (e == null) {
            return List.of();
        }
        List<String> bodies = e.type().equals("Summit") ? organizations(doc, e) : List.of();
        if (!bodies.isEmpty()) {
            return bodies; // "the two blocs called for …" after their summit: as a summit's joint statement, its bodies
        }
        List<String> people = e.participants().stream().filter(id -> id.startsWith("person/")).toList();
        return people.isEmpty() ? e.participants().stream().filter(id -> id.startsWith("state/")).toList() : people;
    }

    /**
     * The latest event at or before the sentence ({@code kind} null: for any group); for a final document, one an
     * organization held, and held: a meeting still to come closed nothing ("the communique called for talks between
     * the army and the RSF within two weeks" is not the talks' communique). An agreement only for the states
     * ("Japan and the Philippines signed a pact, … the two governments said").
     */
    private EventMention latest(AnnotatedArticle doc, Sentence s, Kind kind) {
        boolean held = kind == Kind.FINAL;
        EventMention best = null;
        for (EventMention e : doc.get(Keys.EVENTS)) {
            int at = lastIndexUpTo(e, s.index());
            if (at < 0 || s.index() - at > REACH || e.type().equals("Agreement") && kind != Kind.STATES || held && e.planned()) {
                continue;
            }
            if (held && organizations(doc, e).isEmpty()) {
                continue;
            }
            if (best == null || at >= lastIndexUpTo(best, s.index())) {
                best = e;
            }
        }
        return best;
    }

    private static int lastIndexUpTo(EventMention e, int index) {
        int last = -1;
        for (Sentence x : e.allSentences()) {
            if (x.index() <= index) {
                last = Math.max(last, x.index());
            }
        }
        return last;
    }

    /** The international organizations among the participants (a national body is its state's); a summit's organizer first. */
    public List<String> organizations(AnnotatedArticle doc, EventMention e) {
        Set<String> out = new LinkedHashSet<>();
        if (e.organizerId() != null) {
            out.add(e.organizerId());
        }
        for (String p : e.participants()) {
            Entity x = gazetteer.entity(doc, p);
            if (x != null && x.type().isOrganization() && x.countryId() == null && !gazetteer.isMedia(p) && !bodyOfAPerson(doc, e, p)) {
                out.add(p);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * A body that takes part only as the office of a person who does (a secretary-general's organization at
     * another's summit); not a side of the summit ("the first summit between the EU and the Arab League").
     */
    private boolean bodyOfAPerson(AnnotatedArticle doc, EventMention e, String body) {
        if (body.equals(e.organizerId()) || e.partners().contains(body) || e.type().equals("Meeting") && e.organizerId() == null && onlyBody(doc, e, body)) {
            return false; // a meeting of one body and the people of several states is that body's own
        }
        java.time.LocalDate when = e.date() == null ? null : e.date().start();
        return e.participants().stream().anyMatch(p -> p.startsWith("person/") && gazetteer.affiliationOn(p, when).map(body::equals).orElse(false))
                || doc.get(Keys.ACTORS).stream().anyMatch(a -> body.equals(a.affiliationId()) && e.participants().contains(a.entityId()));
    }

    /** The body is the event's only organization, among people of at least two states. */
    private boolean onlyBody(AnnotatedArticle doc, EventMention e, String body) {
        long bodies = e.participants().stream().filter(p -> {
            Entity x = gazetteer.entity(doc, p);
            return x != null && x.type().isOrganization() && x.countryId() == null;
        }).count();
        return bodies == 1 && e.participants().stream().filter(p -> type(doc, p) == EntityType.STATE).count() >= 2;
    }

    private EntityType type(AnnotatedArticle doc, String id) {
        Entity e = gazetteer.entity(doc, id);
        return e == null ? null : e.type();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
