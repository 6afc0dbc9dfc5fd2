package org.hilf.annotate.ar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.frame.Chunk;
import org.hilf.annotate.ar.ArabicEventExtractor.Found;

/**
 * The sessions of two states' joint bodies ("الدورة المقبلة للجنة العليا المشتركة"، "اجتماع اللجنة
 * المشتركة الموريتانية السنغالية"): a meeting of the two states, whose frame (id "joint…" in
 * {@code frames.tsv}) names the body. A body is a meeting only with a word of its session before
 * it ({@code data/lexicon/ar/session_nouns.txt}), or when its own name is one ("الاجتماع الحكومي رفيع
 * المستوى"); its sides are the adjectives of nationality right after it, else the two states of the
 * event just reported (the frame's {@code states} finder). Thread-safe after construction.
 */
final class ArabicJointBodies {
    /** Words between a session's word and the body at most (an ordinal stands between: "الدورة الثالثة والعشرين"). */
    private static final int SESSION_REACH = 4;

    private final PhraseIndex<Boolean> sessionNouns;
    private final ArabicResources res;

    ArabicJointBodies(ArabicResources res) {
        this.res = res;
        this.sessionNouns = res.phrases("lexicon/ar/session_nouns.txt");
    }

    /** A frame of a joint body, named in the genitive of its session ("للجنة"). */
    static boolean joint(Found f) { return f.frame().id().startsWith("joint"); }

    /**
     * {@code found} without the joint bodies no session word opens, and without the meeting words
     * that are a body's session ("الدورة الثالثة" before "للجنة المشتركة"): the body's frame reports it.
     */
    List<Found> withSessions(List<Token> tokens, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        for (Found j : found) {
            if (!joint(j)) {
                continue;
            }
            if (j.frame().id().equals("joint-sides") && !nationalityAt(tokens, j.to())) {
                out.remove(j); // "أشغال الدورة العشرين للجنة الحدودية": no sides' adjectives, no joint body; the session word reports it
                continue;
            }
            int session = sessionBefore(tokens, j.from());
            if (session < 0 && !session(tokens, j.from())) {
                out.remove(j);
            } else if (session >= 0) {
                out.removeIf(g -> !joint(g) && g.frame().type().equals("Meeting") && g.from() >= session && g.to() <= j.from());
            }
        }
        return out;
    }

    private int sessionBefore(List<Token> tokens, int body) {
        for (int k = body - 1; k >= 0 && body - k <= SESSION_REACH + 1; k--) {
            if (session(tokens, k)) {
                return k;
            }
            if (tokens.get(k + 1).commaBefore()) {
                return -1;
            }
        }
        return -1;
    }

    /** An adjective of nationality at token k ("العراقية" of "للجنة العراقية الأردنية"). */
    private boolean nationalityAt(List<Token> tokens, int k) {
        return k < tokens.size() && !tokens.get(k).breakBefore() && res.stateAdjectiveAt(tokens, k) != null;
    }

    private boolean session(List<Token> tokens, int k) {
        return sessionNouns.longestAt(tokens, k, r -> r.prefix().length() <= 3) != null;
    }

    /**
     * {@code chunks} with, after each joint body, the phrase of the adjectives of nationality that
     * follow it when they name two states or more ("الموريتانية السنغالية"، "الجزائري-الإيطالي"),
     * unless a phrase already holds those words. {@code attributes}: the sentence's adjectives of
     * nationality, in text order.
     */
    static List<Chunk> withAdjectives(List<Chunk> chunks, List<Found> found, List<Token> tokens, List<ActorMention> attributes) {
        List<Chunk> out = chunks;
        for (Found j : found) {
            if (!joint(j)) {
                continue;
            }
            List<ActorMention> sides = new ArrayList<>();
            int end = j.to();
            for (ActorMention a : attributes) {
                if (Tokenizer.indexAt(tokens, a.span().start()) == end) {
                    // the adjective names its state here, as a side
                    sides.add(new ActorMention(a.span(), a.surface(), a.entityId(), ActorMention.Role.NAME, a.confidence(), null, null));
                    end = Tokenizer.indexAt(tokens, a.span().end() - 1) + 1;
                }
            }
            Set<String> states = new LinkedHashSet<>();
            sides.forEach(a -> states.add(a.entityId()));
            int from = j.to();
            int to = end;
            if (states.size() >= 2 && out.stream().noneMatch(c -> c.from() < to && c.to() > from)) {
                out = new ArrayList<>(out);
                out.add(new Chunk(Chunk.DIRECT, List.copyOf(sides), from, to, false));
                out.sort(Comparator.comparingInt(Chunk::from));
            }
        }
        return out;
    }
}
