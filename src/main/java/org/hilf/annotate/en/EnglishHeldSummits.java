package org.hilf.annotate.en;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hilf.annotate.ActorMention;
import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.hilf.annotate.frame.Chunk;
import org.hilf.annotate.frame.Frame;

/**
 * "The leaders of Japan, the United States, India and Australia also used the occasion to hold a Quad
 * summit": the states that hold a summit together (the subject of a verb of
 * {@code data/lexicon/en/summit_hold_verbs.txt} whose object is the summit word) take part in it. Only a
 * subject of two states or more: one state that "will hold a summit with X" is one side of a meeting
 * the frame does not read, and one that "will hold the next summit" its host, read elsewhere.
 * Stateless after construction and thread-safe.
 */
final class EnglishHeldSummits {
    /** Words at most between the verb and the summit word ("held their first face-to-face summit"). */
    private static final int OBJECT_WORDS = 6;

    private final EnglishResources res;
    private final Set<String> verbs;
    private final Set<String> leaderOffices;
    private final EnPhrases<Boolean> collective;

    EnglishHeldSummits(EnglishResources res) {
        this.res = res;
        this.verbs = res.words("lexicon/en/summit_hold_verbs.txt");
        this.leaderOffices = res.words("lexicon/en/leader_offices.txt");
        this.collective = res.phrases("lexicon/en/collective_leaders.txt");
    }

    /**
     * "Heads of state of the Southern African Development Community (SADC) meeting in Windhoek approved …":
     * a meeting of one body and nobody else, whose side {@code a}, the subject right before the meeting word at
     * {@code from}, opens with a word for all its leaders ({@code collective_leaders.txt}: not "allies"), is that
     * body's summit (not "X, Y and Z met as leaders of IBSA, the first such meeting"); else {@code e} as it was.
     */
    EventMention leadersSummit(EventMention e, Chunk a, List<EnToken> tokens, int from) {
        if (e == null || a == null || !e.type().equals("Meeting") || e.planned() || !a.direct() || from - a.to() > 1) {
            return e;
        }
        List<String> sides = e.participants().stream().filter(p -> !p.startsWith("person/")).toList();
        EnPhrases.Hit<Boolean> head = collective.longestAt(tokens, a.from());
        if (sides.size() != 1 || !sides.get(0).startsWith("org/") || head == null || tokens.get(a.from()).folded().equals("allies")) {
            return e;
        }
        return new EventMention("Summit", e.sentence(), e.trigger(), e.participants(), null, null, e.placeId(), sides.get(0),
                e.date(), e.dateBasis(), false, e.evidence(), e.more());
    }

    /**
     * Summits reported as held by "the leaders of A, B and C" gain each of those states' leader the
     * article names: the one holder of an office of leader_offices.txt of that state on the summit's day
     * ({@link org.hilf.annotate.Gazetteer#holder}) whom it names (none when it names two, or none).
     */
    List<EventMention> withLeaders(AnnotatedArticle doc, List<EventMention> events) {
        List<EventMention> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            EventMention e = out.get(i);
            if (!e.type().equals("Summit") || e.date() == null || !e.date().resolved() || !leadersOf(doc, e)) {
                continue;
            }
            Set<String> named = doc.get(Keys.ACTORS).stream().filter(a -> a.role() == ActorMention.Role.NAME).map(ActorMention::entityId)
                    .collect(Collectors.toSet());
            Set<String> ps = new LinkedHashSet<>(e.participants());
            for (String state : e.participants().stream().filter(p -> p.startsWith("state/")).toList()) {
                List<String> leaders = leaderOffices.stream().map(role -> res.gazetteer.holder(role, state, e.date().start()))
                        .flatMap(Optional::stream).map(Entity::id).filter(named::contains).distinct().toList();
                if (leaders.size() == 1) {
                    ps.add(leaders.get(0));
                }
            }
            out.set(i, e.resolved(e.organizerId(), e.placeId(), e.date(), e.dateBasis(), ps));
        }
        return out;
    }

    /** The summit's first sentence names its states as "leaders of" them ("The leaders of Japan, …"). */
    private boolean leadersOf(AnnotatedArticle doc, EventMention e) {
        List<EnToken> tokens = res.tokenizer.tokens(doc, e.sentence().start(), e.trigger().start());
        for (int k = 0; k + 2 < tokens.size(); k++) {
            if (tokens.get(k).folded().equals("leaders") && tokens.get(k + 1).folded().equals("of")) {
                int at = k + 2 + (tokens.get(k + 2).folded().equals("the") ? 1 : 0);
                return at < tokens.size() && doc.get(Keys.ACTORS).stream().anyMatch(a -> a.span().start() == tokens.get(at).start()
                        && e.participants().contains(a.entityId()) && a.entityId().startsWith("state/"));
            }
        }
        return false;
    }

    /**
     * The summit frame's roles with the states holding it as its P role, when the frame found none and
     * a hold verb governs the trigger at {@code from}; else {@code roles} as they were. {@code clauseFrom}:
     * where the clause of the report begins (not who says it will be held).
     */
    Map<String, Chunk> withHolders(Frame frame, Map<String, Chunk> roles, List<Chunk> chunks, List<EnToken> tokens, int from, int clauseFrom) {
        if (!frame.type().equals("Summit") || roles.containsKey("P")) {
            return roles;
        }
        int verb = -1;
        for (int k = from - 1; k >= Math.max(clauseFrom, from - OBJECT_WORDS) && verb < 0; k--) {
            String w = tokens.get(k).folded();
            if (tokens.get(k + 1).commaBefore()) {
                return roles;
            }
            int at = k;
            if (chunks.stream().anyMatch(c -> c.from() <= at && at < c.to() && !c.anaphor() && c != roles.get("O"))) {
                return roles; // another phrase stands between: "held talks with X at the summit"
            }
            verb = verbs.contains(w) ? k : -1;
        }
        int v = verb;
        Chunk subject = chunks.stream().filter(c -> c.from() >= clauseFrom && c.to() <= v && c.intro().equals(Chunk.DIRECT) && !c.anaphor())
                .reduce((a, b) -> b).orElse(null);
        if (v < 0 || subject == null || subject.actors().stream().map(ActorMention::entityId).filter(id -> id.startsWith("state/")).distinct().count() < 2) {
            return roles;
        }
        Map<String, Chunk> out = new HashMap<>(roles);
        out.put("P", subject);
        return out;
    }
}
