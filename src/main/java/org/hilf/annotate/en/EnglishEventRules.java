package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;

/**
 * Two readings of English reports the frames alone do not give, applied to the events of one article:
 * <ul>
 *   <li>talks in the capital (or territory) of one side with a visitor of another side, outside any
 *       summit, are that visitor's visit ("Blinken met Qatar's emir in Doha"): one encounter, one
 *       Visit, as the gold rules say;</li>
 *   <li>everyone who met on the sidelines of a summit was at the summit: they take part in it
 *       too (the summit of the same sentence, else the one the article named last before).</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class EnglishEventRules {
    private final EnglishResources res;

    private final Set<String> apartWords;
    private final EnglishAgreements agreements; // the extractor's, shared: not read from the lexicons again

    EnglishEventRules(EnglishResources res, EnglishAgreements agreements) {
        this.res = res;
        this.apartWords = res.words("lexicon/en/apart_markers.txt");
        this.agreements = agreements;
    }

    /** The events no other report merges with: {@link #apart}, or agreements of their own ({@link EnglishAgreements#own}). */
    java.util.function.Predicate<EventMention> own(AnnotatedArticle doc, List<EventMention> events) { return agreements.own(doc, events, e -> apart(doc, e)); }

    /** True when a word of apart_markers.txt stands in the event's trigger or just around it: an encounter of its own. */
    boolean apart(AnnotatedArticle doc, EventMention e) {
        Span t = e.trigger();
        int from = Math.max(e.sentence().start(), t.start() - APART_WINDOW);
        int to = Math.min(e.sentence().end(), t.end() + APART_WINDOW);
        return res.tokenizer.tokens(doc.text(), from, to).stream().anyMatch(w -> apartWords.contains(w.folded()));
    }

    /** Characters around a trigger where a word of apart_markers.txt counts. */
    private static final int APART_WINDOW = 16;

    /**
     * Meetings in a place of one side that are the other side's visit: when their sentence speaks of
     * travel ("wrapping up a Gulf tour") or the article reports that visitor's visit to that host.
     * Talks that merely happen to be in one side's capital stay meetings.
     */
    List<EventMention> visitsByPlace(AnnotatedArticle doc, List<EventMention> events, Set<Sentence> sidelines, Set<Sentence> travel) {
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention e : events) {
            EventMention v = visitByPlace(doc, e, sidelines.contains(e.sentence()));
            boolean reported = v != e && (travel.contains(e.sentence())
                    || events.stream().anyMatch(x -> x.type().equals("Visit") && v.visitor().equals(x.visitor())
                            && v.host().equals(x.host())));
            out.add(reported ? v : e);
        }
        return out;
    }

    /** A meeting in a place of one of its sides is the other side's visit there. */
    EventMention visitByPlace(AnnotatedArticle doc, EventMention e, boolean sidelines) {
        if (!e.type().equals("Meeting") || sidelines || e.placeId() == null) {
            return e;
        }
        String hostState = stateOfPlace(doc, e.placeId());
        if (hostState == null || !e.participants().contains(hostState)) {
            return e;
        }
        String visitor = null;
        for (String id : e.participants()) {
            Entity x = res.entity(doc, id);
            if (x == null || id.equals(hostState) || side(doc, x).equals(hostState)) {
                continue;
            }
            if (visitor == null || (x.type() == EntityType.PERSON && !visitor.startsWith("person/"))) {
                visitor = id;
            }
        }
        if (visitor == null) {
            return e;
        }
        return new EventMention("Visit", e.sentence(), e.trigger(), e.participants(), visitor, hostState, e.placeId(), null,
                e.date(), e.dateBasis(), e.planned(), e.evidence(), e.more());
    }

    /**
     * "the alliance adopted a new strategic concept", "NATO leaders agreed to raise …": an organization
     * that adopts, signs or agrees on its own is the agreement's one participant (the engine wants two
     * sides for a meeting, not here).
     */
    EventMention adoptedByOneBody(AnnotatedArticle doc, org.hilf.annotate.frame.Frame frame,
                                  java.util.Map<String, org.hilf.annotate.frame.Chunk> roles, org.hilf.annotate.frame.EventAssembler.Context c) {
        org.hilf.annotate.frame.Chunk a = roles.get("A");
        if (a == null || a.anaphor() || roles.size() > 1 || !frame.id().equals("adopt") && !frame.id().equals("sign")) {
            return null;
        }
        Set<String> bodies = new LinkedHashSet<>();
        for (var m : a.actors()) {
            Entity x = res.entity(doc, m.entityId());
            if (x != null && x.type() == EntityType.ALLIANCE && m.role() == org.hilf.annotate.ActorMention.Role.NAME) {
                bodies.add(x.id());
            }
        }
        return bodies.size() != 1 || a.actors().stream().map(m -> m.entityId()).distinct().count() != 1 ? null : new EventMention("Agreement", c.sentence(), c.trigger(), bodies, null,
                null, c.placeId(), null, c.date(), c.dateBasis(), c.planned(), a.actors());
    }

    /**
     * Summits gain the people and states of the meetings on their sidelines, not a side meeting's own body (IBSA's at the G20);
     * a gathering of ministers ({@code ministerial}) whose body is not known yet gains none.
     */
    List<EventMention> sidelineParticipants(List<EventMention> events, Set<Sentence> sidelineSentences, java.util.function.Predicate<EventMention> ministerial) {
        List<EventMention> out = new ArrayList<>(events);
        for (EventMention e : events) {
            if (!e.type().equals("Meeting") || !sidelineSentences.contains(e.sentence())) {
                continue;
            }
            int target = summitFor(out, e, ministerial);
            if (target >= 0) {
                EventMention s = out.get(target);
                Set<String> ps = new LinkedHashSet<>(s.participants());
                e.participants().stream().filter(p -> !p.startsWith("org/")).forEach(ps::add);
                out.set(target, s.resolved(s.organizerId(), s.placeId(), s.date(), s.dateBasis(), ps));
            }
        }
        return out;
    }

    /** The summit whose sidelines {@code side} was held on: not one of another year ("the Hague summit last year"). */
    private static int summitFor(List<EventMention> events, EventMention side, java.util.function.Predicate<EventMention> ministerial) {
        Sentence s = side.sentence();
        int best = -1;
        for (int i = 0; i < events.size(); i++) {
            EventMention x = events.get(i);
            if (!x.type().equals("Summit") || x.planned() || x.organizerId() == null && ministerial.test(x)
                    || x.date() != null && side.date() != null && x.date().resolved() && side.date().resolved()
                    && x.date().start().getYear() != side.date().start().getYear()) {
                continue;
            }
            if (x.organizerId() != null && x.allSentences().contains(s)) {
                return i;
            }
            // "at an extraordinary summit" before, its body not yet known: that one, not a later "previous summit"
            if (x.sentence().index() <= s.index() || best < 0 && x.organizerId() != null) {
                best = i;
            }
        }
        return best;
    }

    private String stateOfPlace(AnnotatedArticle doc, String placeId) {
        if (placeId.startsWith("place/state-")) {
            return "state/" + placeId.substring("place/state-".length());
        }
        Entity p = res.entity(doc, placeId);
        return p == null ? null : p.countryId();
    }

    /** The state an actor stands for: itself, its country, or a person's office. */
    private String side(AnnotatedArticle doc, Entity x) {
        if (x.type() == EntityType.STATE) {
            return x.id();
        }
        if (x.type() == EntityType.PERSON) {
            String aff = x.affiliationId() != null ? x.affiliationId()
                    : res.gazetteer.affiliationOn(x.id(), doc.get(org.hilf.annotate.Keys.ANCHOR).date()).orElse("");
            Entity a = res.entity(doc, aff);
            return a == null ? aff : a.countryId() != null ? a.countryId() : a.id();
        }
        return x.countryId() != null ? x.countryId() : x.id();
    }

    /** "China, which met Russia": the subject of a relative clause is the phrase just before "which"/"who". */
    static int relativeAntecedent(List<EnToken> tokens, List<org.hilf.annotate.frame.Chunk> chunks, int lower, int previousEnd) {
        if (lower < 1 || !tokens.get(lower - 1).folded().matches("which|who")) {
            return lower;
        }
        for (org.hilf.annotate.frame.Chunk c : chunks) {
            if (c.to() == lower - 1 && c.from() >= previousEnd) {
                return c.from();
            }
        }
        return lower;
    }

    /**
     * "Cho, who is accompanying Yoon, held talks with …": the phrases of a relative clause set off by commas that closes
     * before the event word at {@code trigger} are not its roles (one that goes on past it holds its own event's).
     */
    static List<org.hilf.annotate.frame.Chunk> outsideRelatives(List<EnToken> tokens, List<org.hilf.annotate.frame.Chunk> chunks, int trigger) {
        int from = -1;
        int to = -1;
        for (int k = trigger; k > 0 && from < 0; k--) {
            if (tokens.get(k).commaBefore()) {
                if (tokens.get(k).folded().matches("who|which|whose")) {
                    from = k;
                } else {
                    to = k; // the last comma before the event word, where a clause before it closes
                }
            }
        }
        if (from < 0 || to < 0) {
            return chunks;
        }
        int f = from;
        int t = to;
        return chunks.stream().filter(c -> c.from() < f || c.to() > t).toList();
    }

    /**
     * "…, with Brazilian President Lula hosting a meeting": in an absolute clause the phrase after "with"
     * is the subject of the event word in -ing that follows it, not the partner of a "talks with".
     */
    static List<org.hilf.annotate.frame.Chunk> absoluteSubjects(List<EnToken> tokens, List<org.hilf.annotate.frame.Chunk> chunks, boolean[] anchors) {
        List<org.hilf.annotate.frame.Chunk> out = new ArrayList<>(chunks.size());
        for (org.hilf.annotate.frame.Chunk c : chunks) {
            boolean absolute = c.intro().endsWith("with") && c.to() < tokens.size() && anchors[c.to()]
                    && tokens.get(c.to()).folded().endsWith("ing") && !tokens.get(c.to()).commaBefore();
            out.add(absolute ? new org.hilf.annotate.frame.Chunk(org.hilf.annotate.frame.Chunk.DIRECT, c.actors(), c.from(), c.to(), c.anaphor()) : c);
        }
        return out;
    }

    /** "Seoul was represented by its foreign minister": the state takes part; "Lee was represented by X": Lee does not. */
    static java.util.Map<String, org.hilf.annotate.frame.Chunk> representedBodies(java.util.Map<String, org.hilf.annotate.frame.Chunk> roles,
                                                                                 EnglishResources res, AnnotatedArticle doc) {
        java.util.Map<String, org.hilf.annotate.frame.Chunk> out = new java.util.LinkedHashMap<>(roles);
        org.hilf.annotate.frame.Chunk x = roles.get("X");
        if (x != null && !x.anaphor()) {
            List<org.hilf.annotate.ActorMention> bodies = x.actors().stream().filter(a -> {
                Entity e = res.entity(doc, a.entityId());
                return e != null && e.type() != EntityType.PERSON;
            }).toList();
            out.put("X", new org.hilf.annotate.frame.Chunk(x.intro(), bodies, x.from(), x.to(), false));
        }
        return out;
    }

    static boolean definite(List<EnToken> tokens, int from) {
        return from > 0 && tokens.get(from - 1).folded().matches("the|their|his|her|its|these|those");
    }

    /**
     * The latest earlier event of the same kind whose actors include this one's, or whose sides do
     * ("X, Y and Z attended the meeting" after "W hosted her counterparts from X's, Y's and Z's
     * states"), or -1.
     */
    int earlierReport(AnnotatedArticle doc, List<EventMention> out, EventMention e) {
        Set<String> sides = sides(doc, e.participants());
        for (int i = out.size() - 1; i >= 0; i--) {
            EventMention p = out.get(i);
            boolean kinds = p.type().equals(e.type()) || (p.type().equals("Visit") && e.type().equals("Meeting"));
            if (kinds && e.participants().size() >= 2 && (p.participants().containsAll(e.participants())
                    || sides.size() >= 2 && sides(doc, p.participants()).containsAll(sides))) {
                return i;
            }
        }
        return -1;
    }

    private Set<String> sides(AnnotatedArticle doc, Set<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            Entity x = res.entity(doc, id);
            out.add(x == null ? id : side(doc, x));
        }
        return out;
    }
}
