package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.hilf.annotate.DateMention;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.hilf.annotate.frame.Chunk;
import org.hilf.annotate.frame.EventAssembler;

/**
 * Those who take part in an event beside its sides, as wire reports name them in a clause or a
 * sentence of their own. The frames are the Join rows of {@code frames.tsv} whose id starts with
 * "witness", "accompany", "invitation" or "received".
 * <ul>
 * <li>Witnesses of a signing are in the agreement: "signed the pact, with President Marcos witnessing
 * the ceremony", "in a ceremony witnessed by the president", "he and Anwar witnessed the two prime
 * ministers sign a peace accord", "held talks before overseeing the signing". "witness-here" (a bare
 * "witnessed") joins only an agreement of its own sentence; the others also the agreement an earlier
 * sentence reported (not a planned one: that is signed later). With no witness named, or "the two
 * leaders", those who take part in the sentence's other encounter witnessed it.</li>
 * <li>The members of a delegation are in the trip: "was accompanied by the Kremlin's envoy", "X and Y
 * were part of the delegation", "X, who accompanied the President": the visit or summit of the
 * sentence, else the last one of an earlier sentence that is not planned.</li>
 * <li>Who invited the visitor hosts the trip: "is to visit Paris at the invitation of President
 * Macron" ("invitation-here": the visit or summit of its own sentence only).</li>
 * <li>Who received the visitor, named by a pronoun, hosts the trip: "…, where Erdogan received him at the
 * presidential complex" ("received-him").</li>
 * </ul>
 * They are added after the article's reports are merged ({@link #apply}): "the United States and
 * Malaysia also signed a trade agreement" is a pact of its own, not the one Trump and Anwar witnessed.
 * Stateless.
 */
final class EnglishCompanions {
    /** Companions {@code extra} of the event first reported by {@code trigger} of {@code sentence}. */
    record Seen(Sentence sentence, Span trigger, String type, Set<String> extra) { }

    private static final Set<String> AGREEMENT = Set.of("Agreement");
    private static final Set<String> TRIP = Set.of("Visit", "Summit");

    private EnglishCompanions() { }

    /** True when {@code frameId} is a witness, delegation, invitation or reception frame: then this class, not attendance, places its actors. */
    static boolean companion(String frameId) {
        return frameId.startsWith("witness") || frameId.startsWith("accompany") || frameId.startsWith("invitation")
                || frameId.startsWith("received");
    }

    /**
     * The companions of {@code roles} and the event they go with, if any: the event of the frame's
     * types among {@code own} (the events of the sentence), else (not for an id ending "-here") one of the
     * {@code before} events of earlier sentences. Leaves {@code out} as it is: {@link #apply} adds them.
     */
    static Optional<Seen> join(EventAssembler assembler, List<EventMention> out, List<Integer> own, int before, String frameId,
                     Map<String, Chunk> roles, DateMention date, Sentence s, Function<String, Entity> entities) {
        Set<String> types = frameId.startsWith("witness") ? AGREEMENT : TRIP;
        int target = -1;
        for (int i : own) {
            if (types.contains(out.get(i).type()) && (target < 0 || !out.get(target).type().equals("Visit"))) {
                target = i; // of the sentence's trip, its visit
            }
        }
        for (int i = before - 1; target < 0 && !frameId.endsWith("-here") && i >= 0; i--) {
            if (types.contains(out.get(i).type())) {
                if (out.get(i).planned() && types == AGREEMENT) {
                    break;
                }
                target = out.get(i).planned() ? -1 : i;
            }
        }
        if (target < 0) {
            return Optional.empty();
        }
        EventMention e = out.get(target);
        Set<String> ps = new LinkedHashSet<>();
        Chunk x = roles.get("X");
        Map<String, Chunk> named = new java.util.HashMap<>(roles); // "X, the army chief, Y and Z were part of the delegation": X and Z
        named.values().removeIf(Chunk::anaphor);
        if (x != null && !x.anaphor()) {
            List<EventMention> one = new ArrayList<>(List.of(e));
            assembler.join(one, 0, named, date, s, entities);
            ps.addAll(one.get(0).participants());
            ps.removeAll(e.participants());
            return Optional.of(new Seen(e.sentence(), e.trigger(), e.type(), ps));
        }
        if (types != AGREEMENT) {
            return Optional.empty(); // "accompanied by the two ministers": no one named
        }
        int encounter = -1; // "the two leaders held talks before overseeing the signing"
        for (int i : own) {
            if (!out.get(i).type().equals("Agreement")) {
                encounter = i;
            }
        }
        if (encounter < 0 || x != null && x.intro().equals(Chunk.GROUP)) {
            return Optional.empty();
        }
        for (String p : out.get(encounter).participants()) {
            Entity who = entities.apply(p);
            if (who != null && (who.type() == EntityType.PERSON || who.type() == EntityType.STATE)) {
                ps.add(p);
            }
        }
        return Optional.of(new Seen(e.sentence(), e.trigger(), e.type(), ps));
    }

    /** The merged events with their companions: each in the event its first report leads, or one of its type that reports it. */
    static List<EventMention> apply(List<EventMention> events, List<Seen> seen) {
        List<EventMention> out = new ArrayList<>(events);
        for (Seen w : seen) {
            int at = -1;
            for (int i = 0; i < out.size() && at < 0; i++) {
                EventMention e = out.get(i);
                at = e.type().equals(w.type()) && e.trigger().equals(w.trigger()) ? i : -1;
            }
            for (int i = 0; i < out.size() && at < 0; i++) {
                at = out.get(i).type().equals(w.type()) && out.get(i).allSentences().contains(w.sentence()) ? i : -1;
            }
            if (at >= 0) {
                EventMention e = out.get(at);
                Set<String> ps = new LinkedHashSet<>(e.participants());
                ps.addAll(w.extra());
                out.set(at, e.resolved(e.organizerId(), e.placeId(), e.date(), e.dateBasis(), ps));
            }
        }
        return out;
    }
}
