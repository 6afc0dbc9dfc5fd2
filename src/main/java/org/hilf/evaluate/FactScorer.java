package org.hilf.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Judges one article's graph facts against its gold facts. Graph and gold facts are aligned one
 * to one, best pairs first: a pair is possible when the gold fact's cue stands in the graph fact's
 * sentences or they share an actor (events: and their types are of one family — a meeting or a visit,
 * a summit, an agreement). A graph fact left over that could have reported an aligned
 * gold fact is a duplicate; any other left over is wrong; a gold fact left over is missed. Every
 * difference is passed to {@code differences} as one line.
 */
final class FactScorer {
    private final ExtractedFacts graph;
    private final Consumer<String> differences;

    FactScorer(ExtractedFacts graph, Consumer<String> differences) {
        this.graph = graph;
        this.differences = differences;
    }

    private record Pair<G, S>(G gold, S sys, double score) { }

    Tally score(String article, List<GoldFacts.Event> goldEvents, List<ExtractedFacts.Event> sysEvents,
                List<GoldFacts.Statement> goldStatements, List<ExtractedFacts.Statement> sysStatements) {
        Tally t = new Tally();
        events(article, goldEvents, sysEvents, t);
        statements(article, goldStatements, sysStatements, t);
        return t;
    }

    private void events(String article, List<GoldFacts.Event> gold, List<ExtractedFacts.Event> sys, Tally t) {
        t.goldEvents = gold.size();
        t.systemEvents = sys.size();
        sys.forEach(s -> t.systemParticipants += s.participants().size());
        List<Pair<GoldFacts.Event, ExtractedFacts.Event>> pairs = new ArrayList<>();
        for (GoldFacts.Event g : gold) {
            for (ExtractedFacts.Event s : sys) {
                if (!family(g.type()).equals(family(s.type()))) {
                    continue; // a summit is never the same fact as a meeting, whatever words they share
                }
                Match m = match(g.participants(), s.participants());
                boolean cue = cueIn(g.cue(), s.sentences());
                if (cue || m.right > 0) {
                    double f1 = 2.0 * m.right / (s.participants().size() + g.participants().size());
                    pairs.add(new Pair<>(g, s, (cue ? 2 : 0) + (g.type().equals(s.type()) ? 1 : 0) + f1));
                }
            }
        }
        Set<Object> used = new HashSet<>();
        Set<GoldFacts.Event> aligned = new HashSet<>();
        for (Pair<GoldFacts.Event, ExtractedFacts.Event> p : best(pairs)) {
            if (used.contains(p.gold()) || used.contains(p.sys())) {
                continue;
            }
            used.add(p.gold());
            used.add(p.sys());
            aligned.add(p.gold());
            t.alignedEvents++;
            GoldFacts.Event g = p.gold();
            ExtractedFacts.Event s = p.sys();
            Match m = match(g.participants(), s.participants());
            t.rightParticipants += m.right;
            List<String> why = new ArrayList<>();
            if (!g.type().equals(s.type())) {
                why.add("type " + s.type() + " should be " + g.type());
            }
            if (!m.extra.isEmpty()) {
                why.add("not participants: " + m.extra);
            }
            if (!m.missing.isEmpty()) {
                why.add("missing participants: " + m.missing);
            }
            if (g.year() != null && !g.year().equals(s.year())) {
                why.add("year " + s.year() + " should be " + g.year());
            }
            if (g.planned() != s.planned()) {
                why.add("planned " + s.planned() + " should be " + g.planned());
            }
            if (why.isEmpty()) {
                t.strictEvents++;
            } else {
                differences.accept("WRONG     " + article + "  " + describe(s) + "  -- " + String.join("; ", why) + "  [gold " + g.where() + "]");
            }
        }
        for (ExtractedFacts.Event s : sys) {
            if (!used.contains(s)) {
                boolean dup = pairs.stream().anyMatch(p -> p.sys() == s && aligned.contains(p.gold()));
                differences.accept((dup ? "DUPLICATE " : "WRONG     ") + article + "  " + describe(s)
                        + (dup ? "  -- a second event for one encounter" : "  -- no such event in the gold"));
            }
        }
        for (GoldFacts.Event g : gold) {
            if (!aligned.contains(g)) {
                differences.accept("MISSED    " + article + "  " + g.type() + " " + g.participants() + " " + g.year()
                        + (g.planned() ? " planned" : "") + "  cue «" + g.cue() + "»  [gold " + g.where() + "]");
            }
        }
    }

    private void statements(String article, List<GoldFacts.Statement> gold, List<ExtractedFacts.Statement> sys, Tally t) {
        record Unit(ExtractedFacts.Statement st, String speaker) { }
        List<Unit> units = new ArrayList<>();
        for (ExtractedFacts.Statement s : sys) {
            s.speakers().forEach(sp -> units.add(new Unit(s, sp)));
        }
        t.goldStatements = gold.size();
        t.systemStatements = units.size();
        List<Pair<GoldFacts.Statement, Unit>> pairs = new ArrayList<>();
        for (GoldFacts.Statement g : gold) {
            for (Unit u : units) {
                boolean cue = cueIn(g.cue(), u.st().sentences());
                boolean speaker = ActorRef.matches(g.speaker(), graph.actor(u.speaker()));
                if (cue || speaker) {
                    pairs.add(new Pair<>(g, u, (cue ? 2 : 0) + (speaker ? 1 : 0)));
                }
            }
        }
        Set<Object> used = new HashSet<>();
        for (Pair<GoldFacts.Statement, Unit> p : best(pairs)) {
            if (used.contains(p.gold()) || used.contains(p.sys())) {
                continue;
            }
            used.add(p.gold());
            used.add(p.sys());
            GoldFacts.Statement g = p.gold();
            Unit u = p.sys();
            List<String> why = new ArrayList<>();
            if (!ActorRef.matches(g.speaker(), graph.actor(u.speaker()))) {
                why.add("speaker " + u.speaker() + " should be " + g.speaker());
            }
            if (g.forRef() != null && u.st().onBehalfOf().stream().noneMatch(b -> ActorRef.matches(g.forRef(), graph.actor(b)))) {
                why.add("for " + u.st().onBehalfOf() + " should be " + g.forRef());
            }
            if (g.year() != null && !g.year().equals(u.st().year())) {
                why.add("year " + u.st().year() + " should be " + g.year());
            }
            if (why.isEmpty()) {
                t.strictStatements++;
            } else {
                differences.accept("WRONG     " + article + "  Statement " + u.speaker() + " for " + u.st().onBehalfOf() + "  -- "
                        + String.join("; ", why) + "  [gold " + g.where() + "]  «" + first(u.st().sentences()) + "»");
            }
        }
        for (Unit u : units) {
            if (!used.contains(u)) {
                differences.accept("WRONG     " + article + "  Statement " + u.speaker() + " for " + u.st().onBehalfOf()
                        + "  -- no such statement in the gold  «" + first(u.st().sentences()) + "»");
            }
        }
        for (GoldFacts.Statement g : gold) {
            if (!used.contains(g)) {
                differences.accept("MISSED    " + article + "  Statement " + g.speaker() + (g.forRef() == null ? "" : " for " + g.forRef())
                        + "  cue «" + g.cue() + "»  [gold " + g.where() + "]");
            }
        }
    }

    /** Types that may report one fact: a visit is a meeting; a summit and an agreement are each their own. */
    private static String family(String type) {
        return type.equals("Visit") ? "Meeting" : type;
    }

    /** Pairs, best first; ties in input order, so the report is the same on every run. */
    private static <G, S> List<Pair<G, S>> best(List<Pair<G, S>> pairs) {
        List<Pair<G, S>> sorted = new ArrayList<>(pairs);
        sorted.sort(Comparator.comparingDouble((Pair<G, S> p) -> -p.score()));
        return sorted;
    }

    /** How a graph event's participants meet the gold's: the right ones, the extra ones, the missing gold references. */
    private record Match(int right, List<String> extra, List<String> missing) { }

    private Match match(Set<String> gold, List<String> sys) {
        List<String> extra = new ArrayList<>(sys);
        List<String> missing = new ArrayList<>();
        // names and ids first, so that an office reference takes only a person no name claimed
        List<String> refs = new ArrayList<>(gold);
        refs.sort(Comparator.comparing(ActorRef::isRole));
        int right = 0;
        for (String ref : refs) {
            String hit = extra.stream().filter(id -> ActorRef.matches(ref, graph.actor(id))).findFirst().orElse(null);
            if (hit != null) {
                extra.remove(hit);
                right++;
            } else if (!ActorRef.isRole(ref)) {
                missing.add(ref); // a person named only by office may be left unnamed by the graph
            }
        }
        return new Match(right, extra, missing);
    }

    private static boolean cueIn(String cue, List<String> sentences) {
        if (cue == null || cue.isBlank()) {
            return false;
        }
        String c = ActorRef.fold(cue);
        return sentences.stream().anyMatch(s -> ActorRef.fold(s).contains(c));
    }

    private static String describe(ExtractedFacts.Event s) {
        return s.type() + " " + s.participants() + " " + s.year() + (s.planned() ? " planned" : "") + "  «" + first(s.sentences()) + "»";
    }

    private static String first(List<String> sentences) {
        String s = sentences.isEmpty() ? "" : Objects.toString(sentences.get(0));
        s = s.replaceAll("\\s+", " ");
        return s.length() > 140 ? s.substring(0, 140) + "…" : s;
    }
}
