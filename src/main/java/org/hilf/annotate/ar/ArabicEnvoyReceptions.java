package org.hilf.annotate.ar;

import java.util.List;
import java.util.Map;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.frame.Chunk;
import org.hilf.annotate.frame.Frame;

/**
 * A reception of an envoy resident in the host country ("استقبل رئيس مجلس الوزراء سعادة سفير
 * أوزبكستان لدى الدولة بمناسبة تعيينه"): the ambassador lives there and visits no one, so the
 * audience is a Meeting of host and envoy, not the envoy's state visiting the host. The envoy's
 * titles are {@code data/lexicon/ar/resident_envoys.txt}; words of courtesy before them
 * ({@code courtesy_words.txt}) are skipped. Stateless after construction and thread-safe.
 */
final class ArabicEnvoyReceptions {
    /** The frames of a reception (frames.tsv ids "receive…"): their guest is the role V. */
    private static final String RECEPTION = "receive";

    private final PhraseIndex<Boolean> courtesy;
    private final PhraseIndex<Boolean> envoys;

    ArabicEnvoyReceptions(ArabicResources res) {
        this.courtesy = res.phrases("lexicon/ar/courtesy_words.txt");
        this.envoys = res.phrases("lexicon/ar/resident_envoys.txt");
    }

    /**
     * The event {@code frame} made from the roles {@code roles}: a Meeting when it is a reception
     * whose guest's phrase begins with an envoy's title, else the event unchanged. The definite
     * "السفير" right before a person's name is a rank of courtesy ("السفير حسام زكي"، an official
     * of a body visiting), not a resident envoy: that reception stays a visit.
     */
    EventMention typed(EventMention e, Frame frame, Map<String, Chunk> roles, List<Token> tokens) {
        Chunk guest = roles == null ? null : roles.get("V");
        PhraseIndex.Hit<Boolean> title = !e.type().equals("Visit") || !frame.id().startsWith(RECEPTION) || guest == null
                ? null : envoy(tokens, guest.from());
        if (title == null || title.words().get(0).startsWith("ال") && rankBeforeName(title, guest, tokens)) {
            return e;
        }
        return new EventMention("Meeting", e.sentence(), e.trigger(), e.participants(), null, null, e.placeId(),
                e.organizerId(), e.date(), e.dateBasis(), e.planned(), e.evidence(), e.more());
    }

    /** True when the guest's first actor is a person whose name begins right after the title. */
    private static boolean rankBeforeName(PhraseIndex.Hit<Boolean> title, Chunk guest, List<Token> tokens) {
        if (title.to() >= tokens.size() || guest.actors().isEmpty() || !guest.actors().get(0).entityId().startsWith("person/")) {
            return false;
        }
        int at = guest.actors().get(0).span().start();
        return at >= tokens.get(title.to()).start() && at < tokens.get(title.to()).end();
    }

    /**
     * The envoy's title that begins the phrase at token i, after any words of courtesy, or stands
     * just before it, with one word at most between ("سفير جمهورية أوزبكستان": the title is no part of
     * the state's phrase); null when there is none.
     */
    PhraseIndex.Hit<Boolean> envoy(List<Token> tokens, int i) {
        PhraseIndex.Hit<Boolean> polite = i < tokens.size() ? courtesy.longestAt(tokens, i, PhraseIndex::conjunctionOnly) : null;
        int at = polite == null ? i : polite.to();
        PhraseIndex.Hit<Boolean> first = at < tokens.size() ? envoys.longestAt(tokens, at, PhraseIndex::conjunctionOnly) : null;
        if (first != null) {
            return first;
        }
        for (int j = Math.max(0, i - 2); j < i; j++) {
            PhraseIndex.Hit<Boolean> title = envoys.longestAt(tokens, j, PhraseIndex::conjunctionOnly);
            if (title != null && title.to() >= i - 1 && title.to() <= i) {
                return title;
            }
        }
        return null;
    }
}
