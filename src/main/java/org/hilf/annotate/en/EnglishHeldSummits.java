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
 * {@code data/lexicon/en/summit_hold_verbs.txt} whose object is the summit word) take part in it, and so do
 * the leaders ("Li Qiang and Anthony Albanese held the ninth annual leaders' meeting"). Only a
 * subject of two states or two people or more, or one state that holds it alone ("…, which is expected to hold the 2026
 * summit"): its host ({@link #host}); one that "will hold a summit with X" is one side of a meeting the
 * frame does not read.
 * Stateless after construction and thread-safe.
 */
final class EnglishHeldSummits {
    /** Words at most between the verb and the summit word ("held their first face-to-face summit"). */
    private static final int OBJECT_WORDS = 6;
    /** Words that say a body's leaders held the meeting after them: "opened their annual meeting", "held their regular meeting". */
    private static final Set<String> OPENING = Set.of("opened", "began", "held", "concluded", "ended", "closed", "convened", "their",
            "annual", "regular", "ordinary", "extraordinary", "two-day", "three-day", "one-day", "yearly");
    /** Words that may stand between a host and its verb: "is expected to", "plans to", "would also". */
    private static final Set<String> HOST_GAP = Set.of("is", "are", "was", "will", "would", "shall", "to", "expected", "set",
            "due", "plans", "planned", "scheduled", "also", "then", "has", "had", "have", "agreed", "offered", "be", "been",
            "said", "says", "it", "proposed", "prepares", "preparing", "prepared", "intends", "aims", "hopes", "wants");

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
        if (e == null || a == null || !e.type().equals("Meeting") || e.planned() || !a.direct() || !openedBy(tokens, a.to(), from)) {
            return e;
        }
        List<String> sides = e.participants().stream().filter(p -> !p.startsWith("person/")).toList();
        EnPhrases.Hit<Boolean> head = collective.longestAt(tokens, a.from());
        if (sides.size() != 1 || !sides.get(0).startsWith("org/") || head == null || tokens.get(a.from()).folded().equals("allies")) {
            return e;
        }
        return e.asSummitOf(sides.get(0));
    }

    /**
     * Whether the words from {@code to} to the meeting word at {@code from} say the subject held it: none or one
     * ("meeting in Windhoek", "met in Oslo"), or words of {@link #OPENING} only ("opened their annual meeting").
     */
    private static boolean openedBy(List<EnToken> tokens, int to, int from) {
        if (from - to <= 1) {
            return true;
        }
        for (int k = to; k < from; k++) {
            if (!OPENING.contains(tokens.get(k).folded()) || k > to && tokens.get(k).commaBefore()) {
                return false;
            }
        }
        return true;
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
        if (v < 0) {
            return roles;
        }
        Chunk holders = sides(subject, "state/") >= 2 || sides(subject, "person/") >= 2 ? subject : host(chunks, tokens, v, from, clauseFrom);
        if (holders == null) {
            return roles;
        }
        Map<String, Chunk> out = new HashMap<>(roles);
        out.put("P", holders);
        return out;
    }

    /** How many distinct actors of the kind {@code prefix} ("state/", "person/") the phrase names; 0 for none. */
    private static long sides(Chunk c, String prefix) {
        return c == null ? 0 : c.actors().stream().map(ActorMention::entityId).filter(id -> id.startsWith(prefix)).distinct().count();
    }

    /**
     * "The United States, which is expected to hold the 2026 summit in Florida", "The United States takes over the
     * presidency and plans to hold the next summit": one state that holds a summit alone is its host, and hosts take
     * part. The state is the phrase right before the verb at {@code v}, with only words of {@link #HOST_GAP} between
     * (or ", which" and such words), or, when those words follow "and", the clause's subject; a phrase naming that one
     * state and nothing else. Not when the summit is "with" someone ("will hold a summit with Xi" is a meeting of two
     * sides the frame does not read). Null when there is no such host.
     */
    private static Chunk host(List<Chunk> chunks, List<EnToken> tokens, int v, int from, int clauseFrom) {
        if (from + 1 < tokens.size() && tokens.get(from + 1).folded().equals("with")) {
            return null;
        }
        int gap = v; // where the words of HOST_GAP before the verb begin
        while (gap > clauseFrom && HOST_GAP.contains(tokens.get(gap - 1).folded()) && !tokens.get(gap).commaBefore()) {
            gap--;
        }
        int end = gap;
        Chunk c;
        if (gap > clauseFrom && tokens.get(gap - 1).folded().equals("and")) { // a second verb phrase of the clause's subject
            c = chunks.stream().filter(x -> x.from() >= clauseFrom && x.to() <= end && x.intro().equals(Chunk.DIRECT)).findFirst()
                    .filter(x -> x.from() <= clauseFrom + 1).orElse(null);
        } else {
            c = chunks.stream().filter(x -> x.from() >= clauseFrom && x.to() <= v).reduce((a, b) -> b).orElse(null);
            boolean relative = c != null && c.to() < v && tokens.get(c.to()).folded().equals("which") && tokens.get(c.to()).commaBefore();
            if (c == null || c.to() + (relative ? 1 : 0) != end || !c.intro().equals(Chunk.DIRECT) && !relative) {
                return null;
            }
        }
        return c != null && !c.anaphor() && c.actors().stream().map(ActorMention::entityId).distinct().count() == 1
                && c.actors().get(0).entityId().startsWith("state/") ? c : null;
    }
}
