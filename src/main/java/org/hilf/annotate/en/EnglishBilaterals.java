package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Span;
import org.hilf.annotate.frame.Chunk;
import org.hilf.annotate.frame.EventAssembler;
import org.hilf.annotate.frame.EventMerger;
import org.hilf.annotate.frame.Frame;

/**
 * A bilateral meeting beside a larger gathering is an encounter of its own: "Biden hosted Albanese and Sunak
 * … Before the trilateral event, Biden and Sunak held a brief bilateral meeting" are two events, although the
 * two sides of the second took part in the first. The words are in {@code data/lexicon/en/bilateral_markers.txt}.
 * Talks held separately with each of several others are a meeting with each ({@link #alsoWith}).
 * Immutable and thread-safe.
 */
final class EnglishBilaterals {
    /** Characters before a meeting's trigger where a marker counts ("a brief bilateral meeting"). */
    private static final int WINDOW = 16;
    /** Words that join one phrase of "with" to the next: "and with", "and, separately, with". */
    private static final Set<String> COORDINATION = Set.of("and", "with", "also");
    /** Words before a meeting's trigger where a word of apart_markers.txt still counts ("held separate bilateral talks"). */
    private static final int MARKER_BEFORE = 3;

    private final EnglishResources res;
    private final Set<String> markers;
    /** data/lexicon/en/apart_markers.txt: "separate talks", "separately". */
    private final Set<String> separate;

    EnglishBilaterals(EnglishResources res) {
        this.res = res;
        this.markers = res.words("lexicon/en/bilateral_markers.txt");
        this.separate = res.words("lexicon/en/apart_markers.txt");
    }

    /**
     * "held separate talks with Albanese and with Carney", "held bilateral talks with Marcos and,
     * separately, with Anwar": each further phrase of "with" after the meeting's other side (B), with
     * nothing but "and" (and "separately") between, is a meeting of the same first side with it, when a
     * word of apart_markers.txt says the talks were separate. Each such meeting's trigger is its own
     * "with" (one trigger, one event). So is each person of one phrase after "separately" ("Xi also met
     * separately with Mirziyoyev and Japarov": a meeting with each, the one just made ({@code made}'s
     * last) narrowed to the first). The further meetings, assembled as the first one was, are added to {@code made}.
     */
    void alsoWith(List<EventMention> made, Frame frame, Map<String, Chunk> roles, List<Chunk> chunks, List<EnToken> tokens, int from,
                  int upper, EventAssembler assembler, EventAssembler.Context context) {
        List<EventMention> out = new ArrayList<>();
        Chunk b = roles.get("B");
        if (!frame.type().equals("Meeting") || roles.get("A") == null || b == null || b.anaphor()) {
            return;
        }
        Chunk last = b;
        // "held separate bilateral talks with": the marker may stand before the trigger's noun ("a separate meeting with X and Y" is one)
        boolean apart = false;
        for (int k = Math.max(0, from - MARKER_BEFORE); k < b.from(); k++) {
            apart |= separate.contains(tokens.get(k).folded()) && !(k > 0 && tokens.get(k - 1).indefinite());
        }
        // "Yoon held separate talks with Li and Kishida": each of B's people; "X and Y held separate meetings with Z": each of A's
        List<ActorMention> inB = people(b);
        List<ActorMention> inA = inB.size() == 1 ? people(roles.get("A")) : List.of();
        String side = inB.size() >= 2 ? "B" : inA.size() >= 2 ? "A" : null;
        if (apart && side != null && !made.isEmpty()) {
            Chunk spread = roles.get(side);
            List<ActorMention> people = side.equals("B") ? inB : inA;
            for (int k = 0; k < people.size(); k++) {
                Map<String, Chunk> r = new HashMap<>(roles);
                r.put(side, new Chunk(spread.intro(), List.of(people.get(k)), spread.from(), spread.to(), false));
                Span own = k == 0 ? context.trigger() : people.get(k).span(); // one trigger, one event
                List<EventMention> each = assembler.assemble(frame, r, context.withTrigger(own));
                if (each.isEmpty()) {
                    return; // not every one makes a meeting: leave the one made as it is
                }
                out.add(each.get(0));
            }
            made.set(made.size() - 1, out.get(0));
            made.addAll(out.subList(1, out.size()));
            return;
        }
        for (Chunk c : chunks) {
            if (c.from() < last.to() || c == last || c.from() >= upper) {
                continue;
            }
            List<EnToken> between = tokens.subList(last.to(), c.from());
            apart |= between.stream().anyMatch(w -> separate.contains(w.folded()));
            boolean joined = !between.isEmpty() && between.get(0).folded().equals("and") && between.get(between.size() - 1).folded().equals("with")
                    && between.stream().allMatch(w -> COORDINATION.contains(w.folded()) || separate.contains(w.folded()));
            if (!joined || !apart || c.anaphor() || c.actors().isEmpty()) {
                break;
            }
            Map<String, Chunk> r = new HashMap<>(roles);
            r.put("B", c);
            EnToken with = tokens.get(c.from() - 1);
            EventAssembler.Context own = context.withTrigger(new Span(with.start(), with.end()));
            assembler.assemble(frame, r, own).stream().findFirst().ifPresent(out::add);
            last = c;
        }
        made.addAll(out);
    }

    /** The people a phrase names, when it names people only (no state, no body beside them); else none. */
    private static List<ActorMention> people(Chunk c) {
        List<ActorMention> names = c.actors().stream().filter(a -> a.role() == ActorMention.Role.NAME).toList();
        Map<String, ActorMention> byId = new java.util.LinkedHashMap<>();
        names.forEach(a -> byId.putIfAbsent(a.entityId(), a));
        return names.stream().allMatch(a -> a.entityId().startsWith("person/")) ? List.copyOf(byId.values()) : List.of();
    }

    /** Two reports never merged: either is {@code own}, or one is a bilateral meeting and the other gathers three or more states. */
    BiPredicate<EventMention, EventMention> apart(AnnotatedArticle doc, Predicate<EventMention> own) {
        return (a, b) -> own.test(a) || own.test(b) || beside(doc, a, b) || beside(doc, b, a);
    }

    private boolean beside(AnnotatedArticle doc, EventMention bilateral, EventMention larger) {
        return EventMerger.besideLarger(bilateral, larger) && marked(doc, bilateral);
    }

    private boolean marked(AnnotatedArticle doc, EventMention e) {
        Span t = e.trigger();
        List<EnToken> words = res.tokenizer.tokens(doc.text(), Math.max(e.sentence().start(), t.start() - WINDOW), t.end());
        return words.stream().anyMatch(w -> markers.contains(w.folded()));
    }
}
