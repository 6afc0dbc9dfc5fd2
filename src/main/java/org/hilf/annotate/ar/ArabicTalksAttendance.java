package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.hilf.annotate.Entity;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.ar.ArabicEventExtractor.Found;
import org.hilf.annotate.frame.Chunk;
import org.hilf.annotate.frame.EventAssembler;

/**
 * The officials who sit in talks or a reception just reported: "وحضر اللقاء X، وY"، "وحضر جلسة المباحثات
 * من الجانب السعودي X، ومن الجانب الباكستاني Y"، "وجرى الاستقبال بحضور X"; and those who accompany a
 * visitor ("يرافقه السفير X", frames.tsv accompany). FACTS.md counts every actor
 * that took part, and the gold of agency reports lists them with the visit or meeting. The words that
 * name the talks are {@code data/lexicon/ar/talks_words.txt}; a body's session ("وشارك في الاجتماع")
 * is {@link ArabicSessions}'. Immutable and thread-safe.
 */
final class ArabicTalksAttendance {
    /** Sentences back the talks "وحضر اللقاء" names may have been reported. */
    private static final int REACH = 6;
    /** "من الجانب السعودي X"، "عن الجانب الأردني X" (folded): the side an attendee sits on, no topic. */
    private static final String SIDE = "الجانب";

    /** The frame of those who accompany a visitor (frames.tsv). */
    private static final String ACCOMPANY = "accompany";
    /** "ما"، "وما" (folded): "وما رافقه من ضربات", what came with something, no one who came with someone. */
    private static final java.util.Set<String> WHAT = java.util.Set.of("ما", "وما");

    /** "في"، "خلال"، "اثناء" (folded): the words before the visit of "ورافقه في زيارته". */
    private static final java.util.Set<String> DURING = java.util.Set.of("في", "خلال", "اثناء");

    private final PhraseIndex<Boolean> talks;

    ArabicTalksAttendance(ArabicResources res) {
        this.talks = res.phrases("lexicon/ar/talks_words.txt");
    }

    /**
     * Where the attendees of talks begin when a verb of attending names the talks: after the talks'
     * words right after the verb ("حضر اللقاء"), or after "بحضور" right after them ("وجرى الاستقبال
     * بحضور"); -1 when the verb names no talks.
     */
    int attendeesFrom(List<Token> tokens, Found join) {
        if (join.frame().id().equals(ACCOMPANY)) { // "يرافقه السفير X": who came with the visitor
            return join.from() > 0 && WHAT.contains(tokens.get(join.from() - 1).text()) ? -1 : join.to();
        }
        if (join.reading().prefix().endsWith("ب")) {
            for (int k = Math.max(0, join.from() - 3); k < join.from(); k++) {
                PhraseIndex.Hit<Boolean> hit = talks.longestAt(tokens, k, r -> r.prefix().length() <= 1);
                if (hit != null && hit.to() == join.from()) {
                    return join.to();
                }
            }
            return -1;
        }
        PhraseIndex.Hit<Boolean> hit = join.to() < tokens.size() ? talks.longestAt(tokens, join.to(), r -> r.prefix().isEmpty()) : null;
        return hit == null ? -1 : hit.to();
    }

    /**
     * The index in {@code out} (before {@code before}, the sentence's first event) of the meeting or
     * visit reported last in the last few sentences, or -1; never past a summit reported after it
     * (its talks are the summit's), nor past a planned one (talks attended have happened).
     */
    static int talks(List<EventMention> out, int before, Sentence s) {
        for (int i = before - 1; i >= 0 && s.index() - out.get(i).sentence().index() <= REACH; i--) {
            EventMention e = out.get(i);
            if (e.type().equals("Summit")) {
                return -1;
            }
            if (!e.planned() && (e.type().equals("Meeting") || e.type().equals("Visit"))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The attendees named from word {@code from} to the next event word of the sentence, as one phrase:
     * every phrase there that nothing introduces, and the sides named with "من الجانب"، "عن الجانب"; null
     * when none is named.
     */
    static Chunk attendees(List<Chunk> chunks, List<Token> tokens, int from, List<Found> found) {
        // "ورافق الرئيس في زيارته الوزير Y": the visit accompanied, named on the way, ends no list
        int upper = found.stream().filter(f -> !visitAccompanied(tokens, f)).mapToInt(Found::from).filter(k -> k >= from)
                .min().orElse(tokens.size());
        List<ActorMention> actors = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (Chunk c : chunks) {
            if (c.from() < from || c.from() >= upper || c.anaphor()
                    || !(c.direct() || side(tokens, c.from()))) {
                continue;
            }
            actors.addAll(c.actors());
            first = first < 0 ? c.from() : first;
            last = c.to();
        }
        return actors.isEmpty() ? null : new Chunk(Chunk.DIRECT, List.copyOf(actors), first, last, false);
    }

    /** "في زيارته"، "خلال زيارته" (folded): the visit word of the one accompanied, after "في" or "خلال". */
    private static boolean visitAccompanied(List<Token> tokens, Found f) {
        return f.frame().type().equals("Visit") && f.from() > 0 && f.reading().prefix().isEmpty()
                && DURING.contains(tokens.get(f.from() - 1).text());
    }

    /** Word {@code i} is "الجانب" of "من الجانب السعودي"، or the word before it ("عن" opens no topic then). */
    static boolean side(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() && (tokens.get(i).text().equals(SIDE)
                || i + 1 < tokens.size() && tokens.get(i + 1).text().equals(SIDE));
    }

    /**
     * The attendees of an article's talks, seated once the whole article is read: "واتفق الرئيسان"
     * after "وحضر اللقاء X" means the two sides, not those who sat in with them, so the events the
     * sentences in between refer back to do not have them yet. One per article; not thread-safe.
     */
    static final class Seats {
        private record Seat(int event, Chunk who) { }

        private final List<Seat> seats = new ArrayList<>();

        /** {@code who} sat in the event at index {@code event} of the article's events (none when -1 or no one is named). */
        void add(int event, Chunk who) {
            if (event >= 0 && who != null) {
                seats.add(new Seat(event, who));
            }
        }

        /** Adds each attendee to the event he sat in, with the body of his office on its date. */
        void seat(List<EventMention> out, EventAssembler assembler, Function<String, Entity> entities) {
            for (Seat t : seats) {
                EventMention e = out.get(t.event());
                assembler.join(out, out.size(), Map.of("X", t.who()), e.date(), e.sentence(), entities, t.event());
            }
        }
    }
}
