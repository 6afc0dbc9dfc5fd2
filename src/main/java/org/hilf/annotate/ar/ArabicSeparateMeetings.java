package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.frame.Chunk;
import org.hilf.annotate.frame.EventAssembler;
import org.hilf.annotate.frame.Frame;

/**
 * Assembles a frame's events from the first assignment of its roles that makes any; talks held with
 * each of several others apart are a meeting with each: "التقى الوزير اليحيا كلا من
 * وزير خارجية كازاخستان مراد نورتلو ووزير خارجية تركمانستان رشيد مريدوف، كلا على حدة" are two
 * meetings, one with each minister, when a word of {@code data/lexicon/ar/apart_markers.txt} stands in
 * the meeting's clause. Only a second side (B) of two people or more is split, one meeting per
 * person, each assembled as the whole one was. Immutable and thread-safe.
 */
final class ArabicSeparateMeetings {
    /** "كلا من" (folded): each of, in the accusative of an object. */
    private static final Set<String> EACH = Set.of("كلا");
    /** "كل من" (folded, maybe after و): each of, in the nominative of subjects. */
    private static final Set<String> EACH_SUBJECT = Set.of("كل", "وكل");
    /** "منفصل"، "منفصلا"، "منفصلة" … (folded): separate. */
    private static final String SEPARATE = "منفصل";
    /** Words of a title a phrase may leave out before its name ("أمير" of "أمير قطر X"), at most. */
    private static final int TITLE_BEFORE = 2;

    private final PhraseIndex<Boolean> markers;

    ArabicSeparateMeetings(ArabicResources res) {
        this.markers = res.phrases("lexicon/ar/apart_markers.txt");
    }

    /**
     * The chunks with "كلا من Y وZ" (each of) read as an object, not a phrase of "من" (from), where the
     * words [{@code lower}, {@code upper}) say the talks were apart; and with "كل من X، وY" (each of, in the
     * nominative) read as a list of subjects where they do not ("وشارك في القمة كل من X، وY"): "وقعت كل من
     * روسيا وأوكرانيا اتفاقا منفصلا" signs apart, no agreement of both ("منفصل" there). Elsewhere the chunks as they were
     * ("تضم كلا من روسيا وبيلاروس" lists members).
     */
    List<Chunk> eachOf(List<Chunk> chunks, List<Token> tokens, int lower, int upper) {
        if (chunks.stream().noneMatch(c -> eachOf(c, tokens, EACH) || eachOf(c, tokens, EACH_SUBJECT))) {
            return chunks; // most clauses have no "كلا من" nor "كل من": the words are not searched for a marker
        }
        // "وقعت كل من روسيا وأوكرانيا اتفاقا منفصلا": each signed its own, no agreement of both
        Set<String> direct = marked(tokens, lower, upper) ? EACH : separate(tokens, lower, upper) ? Set.of() : EACH_SUBJECT;
        return chunks.stream().map(c -> eachOf(c, tokens, direct) ? new Chunk(Chunk.DIRECT, c.actors(), c.from(), c.to(), c.anaphor()) : c).toList();
    }

    /** A phrase of "من" right after a word of {@code each}, a title's first words between at most ("كل من أمير قطر X"). */
    private static boolean eachOf(Chunk c, List<Token> tokens, Set<String> each) {
        if (!c.intro().equals("من")) {
            return false;
        }
        for (int k = c.from() - 1; k >= 1 && k >= c.from() - TITLE_BEFORE - 1; k--) {
            if (tokens.get(k).text().equals("من")) {
                return each.contains(tokens.get(k - 1).text());
            }
        }
        return false;
    }

    /** The events of the first assignment of roles that makes any, and that assignment (null when none does). */
    record Made(List<EventMention> events, Map<String, Chunk> roles) { }

    /**
     * The events of the first of {@code assignments} that makes any, split one meeting per person of
     * its B side when the words [{@code lower}, {@code upper}) say the talks were apart.
     */
    Made assemble(Frame frame, List<Map<String, Chunk>> assignments, List<Token> tokens, int lower, int upper,
                  EventAssembler assembler, EventAssembler.Context c) {
        for (Map<String, Chunk> roles : assignments) {
            List<EventMention> made = assembler.assemble(frame, roles, c);
            if (!made.isEmpty()) {
                return new Made(each(frame, roles, made, tokens, lower, upper, assembler, c), roles);
            }
        }
        return new Made(List.of(), null);
    }

    /**
     * The meetings {@code made} from {@code roles}, one per person of its B side when the words
     * [{@code lower}, {@code upper}) hold a marker of apartness; else {@code made} as it was.
     */
    private List<EventMention> each(Frame frame, Map<String, Chunk> roles, List<EventMention> made, List<Token> tokens, int lower, int upper,
                            EventAssembler assembler, EventAssembler.Context c) {
        Chunk b = roles.get("B");
        if (made.size() != 1 || !frame.type().equals("Meeting") || roles.get("A") == null || b == null || b.anaphor()
                || b.actors().stream().filter(a -> a.entityId().startsWith("person/")).count() < 2 || !marked(tokens, lower, upper)) {
            return made;
        }
        List<EventMention> out = new ArrayList<>();
        for (ActorMention person : b.actors()) {
            if (!person.entityId().startsWith("person/")) {
                continue;
            }
            Map<String, Chunk> one = new HashMap<>(roles);
            one.put("B", new Chunk(b.intro(), List.of(person), b.from(), b.to(), false));
            out.addAll(assembler.assemble(frame, one, c));
        }
        return out.isEmpty() ? made : out;
    }

    /** A word of "منفصل" (separate) in words [{@code lower}, {@code upper}): apart from each other, or from another event. */
    private static boolean separate(List<Token> tokens, int lower, int upper) {
        for (int k = Math.max(0, lower); k < Math.min(upper, tokens.size()); k++) {
            if (tokens.get(k).text().startsWith(SEPARATE)) {
                return true;
            }
        }
        return false;
    }

    private boolean marked(List<Token> tokens, int lower, int upper) {
        for (int k = Math.max(0, lower); k < Math.min(upper, tokens.size()); k++) {
            if (markers.longestAt(tokens, k, r -> r.prefix().length() <= 1) != null) {
                return true;
            }
        }
        return false;
    }
}
