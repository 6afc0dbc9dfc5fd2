package org.hilf.annotate.frame;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.ActorMention;

/**
 * Fills a frame's roles from the chunks of one sentence, around one occurrence of its trigger.
 * Language-neutral: it sees word indices and chunks only. A chunk fills one role at most. The
 * search never crosses the previous or next trigger (another report) or a clause stop.
 * Stateless and thread-safe.
 */
public final class SlotFiller {
    /** Words between a trigger and its subject or genitive at most (a title stands between: "التقى وزير الخارجية السعودي X"). */
    static final int SUBJECT_GAP = 6;
    /** Words between the subject and the object at most. */
    static final int OBJECT_GAP = 14;
    /** Words between a trigger and a phrase its preposition introduces at most. */
    static final int PREP_WINDOW = 30;

    /**
     * Where a trigger stands and what limits its search.
     *
     * @param from       index of its first word
     * @param to         index after its last word
     * @param lowerBound the search does not go before this word (the previous trigger's end, or a clause stop)
     * @param upperBound nor after this one (the next trigger, or the sentence's end)
     * @param possessive the trigger word carries a possessive pronoun ("لقائه")
     * @param clauseFrom where the reported words the trigger stands in begin (after "إن" in "قال X إن Y عقد
     *                   لقاء"), else 0: a sentence's subject there is the trigger's, not the speaker before
     */
    public record Site(int from, int to, int lowerBound, int upperBound, boolean possessive, int clauseFrom) {
        public Site(int from, int to, int lowerBound, int upperBound, boolean possessive) {
            this(from, to, lowerBound, upperBound, possessive, 0);
        }
    }

    private SlotFiller() { }

    /**
     * The chunk of each role, or null when a required role stays empty. Finders are tried in order;
     * when a later role cannot be filled, the earlier roles' next finders are tried (the first
     * complete assignment wins): "وصل X إلى Y، والتقى Z" gives the meeting Z as its object once
     * Z cannot be both subject and object.
     */
    public static Map<String, Chunk> fill(Frame frame, Site site, List<Chunk> chunks) {
        List<Map<String, Chunk>> all = fillAll(frame, site, chunks);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Assignments to try, in order of preference, at most this many. */
    static final int MAX_ASSIGNMENTS = 8;

    /**
     * Every complete assignment, best first (earlier finders before later ones), for a caller that
     * can tell which of them makes an event: "حيث التقى وزير الخارجية X" fills the subject with X
     * first, which leaves a meeting with one side; the next assignment takes the sentence's subject.
     */
    public static List<Map<String, Chunk>> fillAll(Frame frame, Site site, List<Chunk> chunks) {
        List<Map<String, Chunk>> out = new ArrayList<>();
        assign(frame, 0, site, chunks, new HashSet<>(), new LinkedHashMap<>(), out);
        return out;
    }

    private static void assign(Frame frame, int r, Site site, List<Chunk> chunks, Set<Chunk> used,
                               Map<String, Chunk> filled, List<Map<String, Chunk>> out) {
        List<Frame.Role> roles = frame.roles();
        if (out.size() >= MAX_ASSIGNMENTS) {
            return;
        }
        if (r == roles.size()) {
            out.add(new LinkedHashMap<>(filled));
            return;
        }
        Frame.Role role = roles.get(r);
        Set<Chunk> tried = new HashSet<>();
        for (Frame.Finder f : role.finders()) {
            Chunk c = find(f, frame.isJoin(), site, chunks, used, filled);
            if (c == null || !tried.add(c)) {
                continue;
            }
            filled.put(role.name(), c);
            used.add(c);
            assign(frame, r + 1, site, chunks, used, filled, out);
            filled.remove(role.name());
            used.remove(c);
        }
        if (role.optional()) {
            assign(frame, r + 1, site, chunks, used, filled, out);
        }
    }

    /** {@code attendance}: the frame adds its actor to an event ("شارك في القمة … X"), it names none of its own. */
    private static Chunk find(Frame.Finder f, boolean attendance, Site site, List<Chunk> chunks, Set<Chunk> used, Map<String, Chunk> filled) {
        return switch (f.kind()) {
            case AFTER -> {
                Chunk c = firstAfter(site, chunks);
                // "وشارك في القمة الطارئة بالرياض، الرئيس X": a place a preposition introduces may stand before the attendee
                while (attendance && c != null && !c.direct() && !c.anaphor() && placesOnly(c)) {
                    c = firstAfter(site, chunks, c.to());
                }
                int gap = c == null || !c.intro().equals(Chunk.INCLUDED) ? SUBJECT_GAP : OBJECT_GAP;
                yield c != null && !c.anaphor() && c.direct() && !used.contains(c) && c.from() - site.to() <= gap ? c : null;
            }
            case AFTER2 -> {
                Chunk subject = filled.values().stream().filter(c -> c.from() >= site.to()).findFirst().orElse(null);
                if (subject == null) {
                    yield null;
                }
                int between = 0; // words of the phrases passed over, which do not count in the gap
                for (Chunk c : chunks) {
                    if (c.from() >= subject.to() && c.from() < site.upperBound() && !used.contains(c)) {
                        if (!c.direct() && !c.anaphor() || sameActors(c, subject)) {
                            // "التقى X في هانوي Y"، "استقبل X في البيت الأبيض Y": a phrase a preposition introduces stands between;
                            // "التقت الممثلة الخاصة للأمين العام في ليبيا هانا تيتيه Y": the subject's title, then its name again
                            between += c.to() - c.from();
                            continue;
                        }
                        yield c.direct() && !c.anaphor() && c.from() - subject.to() - between <= OBJECT_GAP ? c : null;
                    }
                }
                yield null;
            }
            case BEFORE -> {
                Chunk last = null;
                for (Chunk c : chunks) {
                    if (c.to() <= site.from() && c.from() >= site.lowerBound()) {
                        last = c;
                    }
                }
                yield last != null && (last.direct() || last.anaphor()) && !used.contains(last)
                        && site.from() - last.to() <= SUBJECT_GAP ? last : null;
            }
            case PREP, NEAR, FAR -> {
                int window = switch (f.kind()) {
                    case NEAR -> SUBJECT_GAP;
                    case FAR -> Integer.MAX_VALUE;
                    default -> PREP_WINDOW;
                };
                for (Chunk c : chunks) {
                    if (c.from() >= site.to() && c.from() < site.upperBound() && c.from() - site.to() <= window
                            && !used.contains(c) && f.prepositions().contains(c.intro())) {
                        yield c;
                    }
                }
                yield null;
            }
            case SUBJECT -> subject(site, chunks, used);
            case POSS -> site.possessive() ? subject(site, chunks, used) : null;
            case OPENER -> opened(site, chunks, used);
            case ANAPHOR -> {
                Chunk c = firstAfter(site, chunks);
                if (c != null && c.anaphor() && c.from() - site.to() <= 1) {
                    yield c;
                }
                Chunk b = null;
                for (Chunk x : chunks) {
                    if (x.to() <= site.from() && x.from() >= site.lowerBound()) {
                        b = x;
                    }
                }
                yield b != null && b.anaphor() && site.from() - b.to() <= 1 ? b : null;
            }
            // "واتفقا على …": no phrase names the sides; the verb's ending stands for those just reported
            case DUAL -> new Chunk(Chunk.counted(2), List.of(), site.from(), site.to(), true);
            case PLURAL -> new Chunk(Chunk.SEVERAL, List.of(), site.from(), site.to(), true);
            case STATES -> new Chunk(Chunk.STATES, List.of(), site.from(), site.to(), true);
            case CLOSED -> new Chunk(Chunk.CLOSED, List.of(), site.from(), site.to(), true);
        };
    }

    /**
     * The sentence's subject before the trigger: its first direct phrase, an anaphor too ("The two leaders reviewed
     * relations and adopted a vision document": the subject the second verb shares), in the reported words the trigger
     * stands in when they have one ("قال المتحدث إن السيسي عقد … لقاء": Sisi, not the spokesman); null when none is free.
     */
    private static Chunk subject(Site site, List<Chunk> chunks, Set<Chunk> used) {
        Chunk first = null;
        for (Chunk c : chunks) {
            if (c.to() <= site.from() && c.direct() && !used.contains(c)) {
                if (c.from() >= site.clauseFrom()) {
                    return c;
                }
                first = first == null ? c : first;
            }
        }
        return first;
    }

    /**
     * "During a visit to Abu Dhabi, Modi and Sheikh Mohamed agreed …": for a trigger in a phrase that opens
     * its sentence (no phrase before it), the subject the comma closing that phrase leads to; else null.
     */
    private static Chunk opened(Site site, List<Chunk> chunks, Set<Chunk> used) {
        boolean passed = false; // "to Abu Dhabi": the opening phrase's own place, before the comma
        for (Chunk c : chunks) {
            if (c.to() <= site.from()) {
                return null; // the sentence names someone before: the phrase opens no sentence
            }
            if (c.from() < site.to() || c.from() >= site.upperBound() || c.from() - site.to() > PREP_WINDOW) {
                continue;
            }
            // a comma's phrase, or one the chunker made the subject of the next event word (", Mr. Modi … agreed")
            if (c.intro().equals(",") || c.direct() && passed) {
                return c.anaphor() || used.contains(c) ? null : c;
            }
            if (c.direct() || c.intro().startsWith("#") || c.intro().startsWith(",")) {
                return null;
            }
            passed = true;
        }
        return null;
    }

    /** Both phrases name the same actors, and some: one actor's title and then its name. */
    private static boolean sameActors(Chunk a, Chunk b) {
        Set<String> ids = new HashSet<>();
        a.actors().forEach(m -> ids.add(m.entityId()));
        Set<String> others = new HashSet<>();
        b.actors().forEach(m -> others.add(m.entityId()));
        return !ids.isEmpty() && ids.equals(others);
    }

    private static Chunk firstAfter(Site site, List<Chunk> chunks) {
        return firstAfter(site, chunks, site.to());
    }

    /** The first phrase from word {@code from} on, before the site's upper bound. */
    private static Chunk firstAfter(Site site, List<Chunk> chunks, int from) {
        for (Chunk c : chunks) {
            if (c.from() >= from && c.from() < site.upperBound()) {
                return c;
            }
        }
        return null;
    }

    private static boolean placesOnly(Chunk c) {
        return !c.actors().isEmpty() && c.actors().stream().allMatch(a -> a.role() == ActorMention.Role.PLACE);
    }
}
