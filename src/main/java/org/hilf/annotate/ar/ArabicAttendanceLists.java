package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.ar.ArabicEventExtractor.Found;
import org.hilf.annotate.frame.Chunk;

/**
 * The whole list of those a verb of attending names after the gathering's word: "وشارك في القمة أمير
 * قطر X، وولي العهد رئيس مجلس الوزراء البحريني الأمير Y، ووزير الخارجية السعودي Z". The frame's role
 * reads the first phrase after the word; a list of titled people is often several phrases (the titles
 * between break the coordination), and FACTS.md counts every actor that took part. The list ends at
 * the next event word, at a word opening reported words ({@link ArabicClauses}) or at a word of
 * {@code data/lexicon/ar/attendance_list_ends.txt} ("، وقال"، "، فيما"، "، الذي"); only direct phrases
 * are read (no topic, no "بدعوة من"، no "إلى جانب", which the frame reads itself). Immutable and
 * thread-safe.
 */
final class ArabicAttendanceLists {
    /** The role of who attends (frames.tsv: X of the Join frames). */
    private static final String WHO = "X";
    /** Words between the verb and the gathering's word at most ("شارك في القمة"، "حضر أعمال القمة"). */
    private static final int VERB_TO_GATHERING = 2;

    private final PhraseIndex<Boolean> ends;
    private final ArabicClauses clauses;

    ArabicAttendanceLists(ArabicResources res, ArabicClauses clauses) {
        this.ends = res.phrases("lexicon/ar/attendance_list_ends.txt");
        this.clauses = clauses;
    }

    /**
     * The roles of the attending verb {@code found.get(n)}, with its attendee widened to every direct
     * phrase of the list when the verb names a gathering by its word right after it and the attendee
     * is named after that word; else {@code roles} unchanged.
     */
    Map<String, Chunk> widened(Map<String, Chunk> roles, List<Found> found, int n, List<Chunk> chunks, List<Token> tokens) {
        Chunk who = roles.get(WHO);
        if (who == null || who.anaphor() || !who.direct() || n + 1 >= found.size()) {
            return roles;
        }
        Found verb = found.get(n);
        Found gathering = found.get(n + 1);
        if (gathering.frame().isJoin() || gathering.from() - verb.to() > VERB_TO_GATHERING || who.from() < gathering.to()) {
            return roles;
        }
        // the next event word after the attendee: "وشارك في القمة، التي استضافها X، كل من Y، وZ" goes on past the host's clause
        int next = n + 2;
        while (next < found.size() && found.get(next).from() < who.to()) {
            next++;
        }
        int upper = upper(tokens, found, next, who.to());
        List<ActorMention> actors = new ArrayList<>(who.actors());
        int last = who.to();
        for (Chunk c : chunks) {
            if (c.from() >= who.to() && c.from() < upper && c.direct() && !c.anaphor()) {
                actors.addAll(c.actors());
                last = c.to();
            }
        }
        if (last == who.to()) {
            return roles;
        }
        Map<String, Chunk> out = new LinkedHashMap<>(roles);
        out.put(WHO, new Chunk(who.intro(), List.copyOf(actors), who.from(), last, false));
        return out;
    }

    /** The word where the list that goes on after word {@code from} ends. */
    private int upper(List<Token> tokens, List<Found> found, int next, int from) {
        int upper = next < found.size() ? found.get(next).from() : tokens.size();
        int clauseEnd = clauses.end(tokens, from);
        for (int k = from; k < upper; k++) {
            if (tokens.get(k).start() >= clauseEnd || ends.longestAt(tokens, k, r -> r.prefix().length() <= 1) != null) {
                return k;
            }
        }
        return upper;
    }
}
