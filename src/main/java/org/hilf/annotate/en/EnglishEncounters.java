package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hilf.annotate.DateMention;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.frame.Chunk;

/**
 * A summit word that names the encounter its sentence already reported, not a gathering of its own:
 * "met in Riyadh for an extraordinary summit" (its purpose), "Biden hosted Yoon and Kishida at Camp
 * David, the first stand-alone summit among the three" (in apposition after a comma), "Kishida welcomed
 * Yoon, where the two leaders held a summit" (the sides just named). A meeting so named is a summit; a
 * visit stays the visit during which the leaders met. Stateless.
 */
final class EnglishEncounters {
    private static final int APPOSITION_WORDS = 4;
    /** The possessives a body's own summit takes: "its summit", and "their summit" after "Leaders of the G20". */
    private static final java.util.Set<String> OWN = java.util.Set.of("its", "their");
    /** Words that open a relative clause after a comma: what follows describes the phrase before it. */
    private static final java.util.Set<String> RELATIVES = java.util.Set.of("who", "which", "whose");

    private EnglishEncounters() { }

    /** The sentence's encounter ({@code touched}) the summit trigger at {@code from} names, or -1. */
    static int named(List<EventMention> out, List<Integer> touched, List<EnToken> tokens, int from, Map<String, Chunk> roles) {
        int purpose = purposeOf(out, touched, tokens, from);
        if (purpose >= 0 || touched.isEmpty()) {
            return purpose;
        }
        int last = touched.get(touched.size() - 1);
        String type = out.get(last).type();
        Chunk o = roles == null ? null : roles.get("O");
        // "the two leaders held a summit" names the sides; "preparations for the alliance's summit" names a body's own gathering
        boolean sides = o != null && o.anaphor() && !o.intro().equals(Chunk.GROUP) && o.to() <= from
                && o.actors().stream().noneMatch(a -> a.entityId().startsWith("org/"));
        return sides && (type.equals("Meeting") || type.equals("Visit")) || type.equals("Meeting") && apposition(tokens, from) ? last : -1;
    }

    /** The encounter {@code named} found, as the summit it was: a meeting becomes one, a visit stays a visit. */
    static EventMention asSummit(EventMention encounter, EventMention summit, List<EnToken> tokens, int from) {
        if (encounter.type().equals("Visit")) {
            return encounter;
        }
        // the place alone would guess the organization of another summit held there
        EventMention e = asSummit(encounter, purposeOf(List.of(encounter), List.of(0), tokens, from) >= 0 ? summit : null);
        // "Leaders of IGAD met in Entebbe for an extraordinary summit": the one body that met holds it
        String body = encounter.participants().size() == 1 ? encounter.participants().iterator().next() : null;
        return e.organizerId() == null && body != null && body.startsWith("org/")
                ? e.resolved(body, e.placeId(), e.date(), e.dateBasis(), e.participants()) : e;
    }

    /**
     * "the three leaders were meeting at a time when…" after their summit: a meeting of exactly the
     * actors of a leaders' summit no organization held, in the same year (and month, when both are
     * told: not "a meeting … in May" before the summit in June), is that summit told again
     * (not a meeting on the sidelines of a gathering, in {@code sidelines}).
     */
    static List<EventMention> restatedMeetings(List<EventMention> events, java.util.Set<org.hilf.annotate.Sentence> sidelines) {
        List<EventMention> out = new ArrayList<>(events);
        for (EventMention m : events) {
            int at = -1;
            // "On the sidelines of the summit, X met Y": a meeting of its own, whoever else attended the summit
            for (int i = 0; i < out.size() && at < 0 && m.type().equals("Meeting") && !sidelines.contains(m.sentence()); i++) {
                EventMention x = out.get(i);
                boolean same = x.type().equals("Summit") && x.organizerId() == null && x.planned() == m.planned()
                        && x.participants().stream().noneMatch(p -> p.startsWith("org/")) // no body's gathering either
                        && x.participants().equals(m.participants()) && sameTime(x.date(), m.date());
                at = same ? i : -1;
            }
            if (at >= 0) {
                out.set(at, out.get(at).absorb(m));
                out.remove(m);
            }
        }
        return out;
    }

    private static boolean sameTime(DateMention a, DateMention b) {
        if (a == null || b == null || a.start() == null || b.start() == null) {
            return true;
        }
        boolean months = a.granularity() != DateMention.Granularity.YEAR && b.granularity() != DateMention.Granularity.YEAR;
        return a.start().getYear() == b.start().getYear() && (!months || a.start().getMonth() == b.start().getMonth());
    }

    /**
     * "The Shanghai Cooperation Organisation adopted a strategy at the close of its largest-ever
     * summit", "Leaders of the G20 wrapped up their two-day summit": the organization "its" (or
     * "their") stands for, the last one a phrase with no preposition (or "of": "took over the
     * chairmanship of the African Union as its summit opened") named before it, holds the summit;
     * "Leaders of the GCC and ASEAN met for their joint summit": the bodies that one phrase names hold
     * it together (organizer first, then its partners); or an empty list.
     */
    private static List<String> ownSummitOf(List<EnToken> tokens, List<Chunk> chunks, int from) {
        int k = from - 1;
        while (k >= 0 && k >= from - APPOSITION_WORDS && !OWN.contains(tokens.get(k).folded()) && !tokens.get(k).text().isEmpty()
                && Character.isLowerCase(tokens.get(k).text().charAt(0))) {
            k--;
        }
        if (k < 0 || !OWN.contains(tokens.get(k).folded())) {
            return List.of();
        }
        String body = null;
        List<String> last = List.of();
        java.util.Set<String> bodies = new java.util.HashSet<>();
        for (Chunk c : chunks) {
            if (c.to() <= k && (c.direct() || c.intro().equals("of"))) {
                List<String> here = c.actors().stream().map(a -> a.entityId()).filter(id -> id.startsWith("org/")).distinct().toList();
                body = here.isEmpty() ? body : here.get(here.size() - 1);
                last = here.isEmpty() ? last : here;
                bodies.addAll(here);
            }
        }
        if (tokens.get(k).folded().equals("their") && bodies.size() > 1) {
            return last.size() == bodies.size() ? last : List.of(); // bodies of several phrases: whose, not told
        }
        return body == null ? List.of() : List.of(body);
    }

    /**
     * The bodies whose summit the words before the summit word tell, organizer first: {@link #ownSummitOf},
     * {@link #groupSummitOf}, {@link #leadersSummitOf}; or an empty list.
     */
    static List<String> namedBodyOf(List<EnToken> tokens, List<Chunk> chunks, int from) {
        List<String> own = ownSummitOf(tokens, chunks, from);
        own = !own.isEmpty() ? own : groupSummitOf(chunks, from);
        return !own.isEmpty() ? own : leadersSummitOf(tokens, chunks, from);
    }

    /**
     * "NATO leaders agreed on Wednesday to raise their target … at a summit kept short": the one body
     * whose leaders are the subject that opens the sentence holds the summit it names after; or none.
     */
    private static List<String> leadersSummitOf(List<EnToken> tokens, List<Chunk> chunks, int from) {
        Chunk c = chunks.isEmpty() ? null : chunks.get(0);
        if (c == null || c.from() > 0 || !c.direct() || c.anaphor() || c.to() >= from
                || !tokens.get(c.to()).folded().equals("leaders")) {
            return List.of();
        }
        List<String> bodies = c.actors().stream().map(a -> a.entityId()).distinct().toList();
        return bodies.size() == 1 && bodies.get(0).startsWith("org/") ? bodies : List.of();
    }

    /**
     * "Heads of state and government of IGAD on Saturday endorsed a roadmap at an extraordinary summit":
     * the organization named right after ("of") a word for all who took part that stands before the
     * summit word holds the summit; "The Heads of State and Government of ECOWAS and ECCAS … held their
     * first joint summit": the bodies it names, all organizations, hold it together; or none.
     */
    private static List<String> groupSummitOf(List<Chunk> chunks, int from) {
        for (int i = 0; i + 1 < chunks.size() && chunks.get(i + 1).to() <= from; i++) {
            Chunk g = chunks.get(i);
            Chunk of = chunks.get(i + 1);
            List<String> bodies = of.actors().stream().map(a -> a.entityId()).distinct().toList();
            if (g.anaphor() && g.intro().equals(Chunk.GROUP) && of.intro().equals("of") && of.from() == g.to() + 1
                    && !bodies.isEmpty() && bodies.stream().allMatch(b -> b.startsWith("org/"))) {
                return bodies;
            }
        }
        return List.of();
    }

    /** ", the first stand-alone summit": lower-case words from a determiner just after a comma up to the trigger. */
    static boolean apposition(List<EnToken> tokens, int from) {
        for (int k = from - 1; k >= 0 && k >= from - APPOSITION_WORDS; k--) {
            EnToken t = tokens.get(k);
            if (t.text().isEmpty() || !Character.isLowerCase(t.text().charAt(0))) {
                return false;
            }
            if (t.folded().matches("the|a|an")) {
                return t.commaBefore();
            }
        }
        return false;
    }

    /** The sentence's meeting whose purpose "for a meeting", "for talks" before the trigger at {@code from} names, or -1. */
    static int purposeOf(List<EventMention> out, List<Integer> touched, List<EnToken> tokens, int from) {
        int k = from - 1;
        while (k >= 0 && k >= from - 3 && tokens.get(k).folded().matches("a|an|the|their|its|new|further|more|another|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural|first-ever|\\d+(st|nd|rd|th)|joint|annual|extraordinary|emergency|bilateral|trilateral")) {
            k--;
        }
        if (k < 0 || !tokens.get(k).folded().equals("for") || touched.isEmpty()) {
            return -1;
        }
        int last = touched.get(touched.size() - 1);
        // "met separately with X and Y, who are also in Tianjin for the summit": their reason to be there, not the meeting's
        for (int i = k - 1; i >= 0 && tokens.get(i).start() >= out.get(last).trigger().end(); i--) {
            if (tokens.get(i).commaBefore() && RELATIVES.contains(tokens.get(i).folded())) {
                return -1;
            }
        }
        return out.get(last).type().equals("Meeting") ? last : -1;
    }

    /**
     * "Leaders of the GCC and Asean met in Kuala Lumpur for their second joint summit": a meeting
     * held for a summit is that summit, with the actors of both reports ({@code summit} may be null
     * when the summit's own words name no one). A meeting of bodies only, for a summit that names no
     * body, is their joint summit: the first body's, with the others its partners (EventMention.partners).
     */
    static EventMention asSummit(EventMention meeting, EventMention summit) {
        java.util.Set<String> ps = new java.util.LinkedHashSet<>(meeting.participants());
        List<org.hilf.annotate.ActorMention> evidence = new ArrayList<>(meeting.evidence());
        if (summit != null) {
            ps.addAll(summit.participants());
            evidence.addAll(summit.evidence());
        }
        String organizer = summit == null ? null : summit.organizerId();
        List<String> sides = meeting.participants().stream().filter(p -> !p.startsWith("person/")).toList();
        boolean joint = organizer == null && sides.size() >= 2 && sides.stream().allMatch(p -> p.startsWith("org/"));
        return new EventMention("Summit", meeting.sentence(), meeting.trigger(), ps, null, null,
                meeting.placeId() != null ? meeting.placeId() : summit == null ? null : summit.placeId(),
                joint ? sides.get(0) : organizer, meeting.date(), meeting.dateBasis(), meeting.planned(), evidence, meeting.more(),
                joint ? java.util.Set.copyOf(sides.subList(1, sides.size())) : java.util.Set.of());
    }
}
