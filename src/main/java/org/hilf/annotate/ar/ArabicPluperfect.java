package org.hilf.annotate.ar;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.ActorMention;

/**
 * The subject of an Arabic verb of speech written before it, not after it as the speakers' search
 * expects: the pluperfect "وكان X قد قال" (between the form of كان and "قد") and the topic "أما X
 * فدعا …" (after "أما", the verb written with "ف"). Stateless and thread-safe.
 */
final class ArabicPluperfect {
    private final ArabicResources res;
    private final ArabicSpeakers speakers;

    ArabicPluperfect(ArabicResources res, ArabicSpeakers speakers) {
        this.res = res;
        this.speakers = speakers;
    }

    /**
     * "وكان X قد قال"، "وكانت المتحدثة … Y قد أكدت": the last actor between a form of كان and the
     * "قد" right before the verb at w; "أما X فقال": the first actor after "أما"; when no preposition
     * governs it; else empty.
     */
    List<String> subject(String text, List<Token> tokens, int w, List<ActorMention> actors) {
        int kana = kana(tokens, w);
        int amma = kana < 0 ? amma(tokens, w) : -1;
        if (kana < 0 && amma < 0) {
            return List.of();
        }
        int from = tokens.get(Math.max(kana, amma)).end();
        int to = tokens.get(w - 1).end();
        ActorMention pick = null;
        for (ActorMention a : actors) {
            if (a.isActor() && a.span().start() >= from && a.span().end() <= to && !speakers.governed(text, tokens, a)
                    && (pick == null || kana >= 0)) {
                pick = a; // after كان the last before قد; after أما the topic, its first
            }
        }
        return pick == null ? List.of() : List.of(pick.entityId());
    }

    /** Words "أما" may stand before the verb it tops ("أما ميلي، الذي طالما انتقد التكتل، فقال"). */
    private static final int TOPIC_WORDS = 16;

    /** The index of "أما" (folded, maybe after "و") that opens "أما X فقال" with the verb at {@code w} written with "ف", or -1. */
    private static int amma(List<Token> tokens, int w) {
        if (!tokens.get(w).text().startsWith("ف")) {
            return -1;
        }
        for (int k = w - 1; k >= Math.max(0, w - TOPIC_WORDS); k--) {
            if (AMMA.contains(tokens.get(k).text())) {
                return k;
            }
        }
        return -1;
    }

    private static final Set<String> AMMA = Set.of("اما", "واما");

    /**
     * "وكانت قمة جوهانسبرغ في 2023 قد أقرت دعوة مصر …": a subject stands between كان and قد, no actor
     * and no title; what follows the verb is its object, and nobody known spoke.
     */
    boolean withoutSpeaker(List<Token> tokens, int w, List<ActorMention> actors) {
        int kana = kana(tokens, w);
        if (kana < 0 || w - 1 - kana < 2) {
            return false;
        }
        int from = tokens.get(kana).end();
        int to = tokens.get(w - 1).start();
        for (int k = kana + 1; k < w - 1; k++) {
            if (res.titleWord(tokens.get(k).text())) {
                return false;
            }
        }
        return actors.stream().noneMatch(a -> a.isActor() && a.span().start() >= from && a.span().end() <= to);
    }

    /** The index of the form of كان that opens "كان … قد VERB" with the verb at {@code w}, or -1. */
    private static int kana(List<Token> tokens, int w) {
        if (w < 2 || !tokens.get(w - 1).text().equals("قد")) {
            return -1;
        }
        for (int k = w - 2; k >= 0; k--) {
            if (KANA.contains(tokens.get(k).text())) {
                return k;
            }
        }
        return -1;
    }

    private static final Set<String> KANA = Set.of("كان", "وكان", "كانت", "وكانت", "فكان", "فكانت");
}
