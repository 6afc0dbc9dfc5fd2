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
 * Those who witness or oversee a signing take part in the agreement, as wire reports of signing
 * ceremonies write it: "signed the pact, with President Marcos witnessing the ceremony", "in a
 * ceremony witnessed by the president", "he and Anwar witnessed the two prime ministers sign a
 * peace accord", "held talks before overseeing the signing". The frames are the Join rows of
 * {@code frames.tsv} whose id starts with "witness": "witness-here" (a bare "witnessed") joins only an
 * agreement of its own sentence; the others ("witnessed the signing", "witnessed by") also the
 * agreement an earlier sentence reported. With no witness named, or "the two leaders", those who
 * take part in the sentence's other encounter witnessed it. The witnesses are added after the
 * article's reports are merged ({@link #apply}): "the United States and Malaysia also signed a trade
 * agreement" is a pact of its own, not the one Trump and Anwar witnessed. Stateless.
 */
final class EnglishWitnesses {
    /** Witnesses {@code extra} of the agreement first reported by {@code trigger} of {@code sentence}. */
    record Seen(Sentence sentence, Span trigger, Set<String> extra) { }

    private EnglishWitnesses() { }

    /** True when {@code frameId} is a witness frame: then this class, not attendance, places its actors. */
    static boolean witnessing(String frameId) {
        return frameId.startsWith("witness");
    }

    /**
     * Adds the witnesses of {@code roles} to the agreement they witnessed, if any: the agreement among
     * {@code own} (the events of the sentence), else (not for "witness-here") the last one of the
     * {@code before} events of earlier sentences. Leaves {@code out} as it is: {@link #apply} adds them.
     */
    static Optional<Seen> join(EventAssembler assembler, List<EventMention> out, List<Integer> own, int before, String frameId,
                     Map<String, Chunk> roles, DateMention date, Sentence s, Function<String, Entity> entities) {
        int target = -1;
        for (int i : own) {
            if (out.get(i).type().equals("Agreement")) {
                target = i;
            }
        }
        for (int i = before - 1; target < 0 && !frameId.equals("witness-here") && i >= 0; i--) {
            if (out.get(i).type().equals("Agreement")) {
                if (out.get(i).planned()) {
                    break; // a planned agreement is signed later, not at this ceremony
                }
                target = i;
            }
        }
        if (target < 0) {
            return Optional.empty();
        }
        EventMention e = out.get(target);
        Set<String> ps = new LinkedHashSet<>();
        Chunk x = roles.get("X");
        if (x != null && !x.anaphor()) {
            List<EventMention> one = new ArrayList<>(List.of(e));
            assembler.join(one, 0, Map.of("X", x), date, s, entities);
            ps.addAll(one.get(0).participants());
            ps.removeAll(e.participants());
            return Optional.of(new Seen(e.sentence(), e.trigger(), ps));
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
        return Optional.of(new Seen(e.sentence(), e.trigger(), ps));
    }

    /** The merged events with their witnesses: each in the agreement its first report leads, or that reports it. */
    static List<EventMention> apply(List<EventMention> events, List<Seen> seen) {
        List<EventMention> out = new ArrayList<>(events);
        for (Seen w : seen) {
            int at = -1;
            for (int i = 0; i < out.size() && at < 0; i++) {
                EventMention e = out.get(i);
                at = e.type().equals("Agreement") && e.trigger().equals(w.trigger()) ? i : -1;
            }
            for (int i = 0; i < out.size() && at < 0; i++) {
                at = out.get(i).type().equals("Agreement") && out.get(i).allSentences().contains(w.sentence()) ? i : -1;
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
