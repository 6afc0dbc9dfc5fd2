package org.hilf.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.hilf.graph.Vocab;

/**
 * An actor's events on a time axis: what the timeline of an entity page draws. Callers hold a
 * read transaction.
 *
 * <p>A question such as "NATO's meetings with its Asian partners, 2022–2025" is a {@link Filter}:
 * kind "meeting", with the IP4 (an event qualifies when one of its actors is the IP4 or a member
 * of it), years 2022 to 2025.
 */
final class Timeline {
    /** The kinds a timeline can be narrowed to. */
    static final List<String> KINDS = List.of("all", "meeting", "summit", "visit", "statement", "agreement");

    /** What to show: kind (one of {@link #KINDS}), with (an actor or group, or null), years (inclusive, or null). */
    record Filter(String kind, Node with, Integer from, Integer to) {
        Filter {
            kind = kind != null && KINDS.contains(kind) ? kind : "all";
        }
    }

    /** One event: day dates, or a whole year when only the year is known ({@code precision} "year"). */
    record Item(Node event, LocalDate start, LocalDate end, String precision, String label, String kind,
                boolean planned, String path) { }

    /** A choice for the "with" filter: an actor the events involve, or a group its co-actors belong to. */
    record Option(Node iri, String label, boolean group, int count) { }

    /** The result: the items, and how many matching events had no year to place them by. */
    record Result(List<Item> items, int undated) { }

    private Timeline() { }

    /**
     * The filter of a page that did not choose a kind: meetings when the actor has dated meetings
     * (statements, dated often only by their year, would bury them), else everything.
     */
    static Filter preferMeetings(DatasetGraph dsg, Node actor, Filter f) {
        Filter meetings = new Filter("meeting", f.with(), f.from(), f.to());
        return items(dsg, actor, meetings).items().isEmpty() ? f : meetings;
    }

    /** The distinct events that have {@code actor} in any role. */
    static Set<Node> events(DatasetGraph dsg, Node actor) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node role : Look.ROLES) {
            dsg.find(Node.ANY, Node.ANY, role, actor).forEachRemaining(q -> out.add(q.getSubject()));
        }
        return out;
    }

    /** The other actors of an event (every role), in a stable order. */
    static Set<Node> actors(DatasetGraph dsg, Node event, Node except) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node role : Look.ROLES) {
            dsg.find(Node.ANY, event, role, Node.ANY).forEachRemaining(q -> {
                if (!q.getObject().equals(except)) {
                    out.add(q.getObject());
                }
            });
        }
        return out;
    }

    static Result items(DatasetGraph dsg, Node actor, Filter f) {
        List<Item> items = new ArrayList<>();
        int undated = 0;
        for (Node e : events(dsg, actor)) {
            String kind = Look.kind(dsg, e);
            if (!kindMatches(f.kind(), kind) || (f.with() != null && !involves(dsg, e, actor, f.with()))) {
                continue;
            }
            Item it = item(dsg, e, actor, kind);
            if (it == null) {
                undated++;
                continue;
            }
            int year = it.start().getYear();
            if ((f.from() == null || year >= f.from()) && (f.to() == null || year <= f.to())) {
                items.add(it);
            }
        }
        items.sort(Comparator.comparing(Item::start).thenComparing(Item::label));
        return new Result(items, undated);
    }

    static boolean kindMatches(String wanted, String kind) {
        return switch (wanted) {
            case "all" -> true;
            case "meeting" -> kind.equals("meeting") || kind.equals("summit") || kind.equals("visit");
            default -> wanted.equals(kind);
        };
    }

    /** Whether another actor of the event is {@code with} or a member of it. */
    static boolean involves(DatasetGraph dsg, Node event, Node actor, Node with) {
        for (Node x : actors(dsg, event, actor)) {
            if (x.equals(with) || Look.has(dsg, x, Vocab.MEMBER_OF, with)) {
                return true;
            }
        }
        return false;
    }

    private static Item item(DatasetGraph dsg, Node e, Node actor, String kind) {
        LocalDate start = day(Look.first(dsg, e, Vocab.START_DATE));
        LocalDate end = day(Look.first(dsg, e, Vocab.END_DATE));
        String precision = "day";
        if (start == null) {
            Node year = Look.first(dsg, e, Vocab.YEAR);
            if (year == null) {
                return null;
            }
            try {
                int y = Integer.parseInt(year.getLiteralLexicalForm());
                start = LocalDate.of(y, 1, 1);
                end = LocalDate.of(y, 12, 31);
                precision = "year";
            } catch (RuntimeException ex) {
                return null;
            }
        }
        return new Item(e, start, end == null || end.isBefore(start) ? start : end, precision,
                label(dsg, e, actor, kind), kind, Look.planned(dsg, e), Look.path(e));
    }

    /** "Meeting: Japan, Fumio Kishida · Vilnius": the kind, the other actors (at most four), the place. */
    static String label(DatasetGraph dsg, Node e, Node actor, String kind) {
        List<String> names = new ArrayList<>();
        Set<Node> others = actors(dsg, e, actor);
        for (Node x : others) {
            if (names.size() == 4) {
                names.add("+" + (others.size() - 4));
                break;
            }
            names.add(Look.name(dsg, x));
        }
        Node place = Look.first(dsg, e, Vocab.PLACE_P);
        return Look.kindLabel(kind) + (names.isEmpty() ? "" : ": " + String.join(", ", names))
                + (place == null ? "" : " · " + Look.name(dsg, place));
    }

    private static LocalDate day(Node n) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        try {
            return LocalDate.parse(n.getLiteralLexicalForm());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Choices for the "with" filter: the groups (alliances, organizations) that at least two of the
     * actor's co-actors are members of, by how many; then the states and organizations its events
     * involve, by how many events. At most {@code limit}.
     */
    static List<Option> options(DatasetGraph dsg, Node actor, int limit) {
        Map<Node, Integer> coActors = new HashMap<>();
        for (Node e : events(dsg, actor)) {
            for (Node x : actors(dsg, e, actor)) {
                coActors.merge(x, 1, Integer::sum);
            }
        }
        Map<Node, Set<Node>> groups = new HashMap<>();
        for (Node x : coActors.keySet()) {
            for (Node g : Look.objects(dsg, x, Vocab.MEMBER_OF)) {
                if (!g.equals(actor)) {
                    groups.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(x);
                }
            }
        }
        List<Option> out = new ArrayList<>();
        // the groups most particular to this actor's encounters first: the share of a group's members
        // it met (all four of IP4 before a tenth of the UN), then how many
        Map<Node, Double> share = new HashMap<>();
        groups.forEach((g, met) -> share.put(g, met.size() / (double) Math.max(met.size(),
                dsg.getUnionGraph().find(Node.ANY, Vocab.MEMBER_OF, g).toList().size())));
        groups.entrySet().stream().filter(en -> en.getValue().size() >= 2)
                .sorted(Comparator.comparing((Map.Entry<Node, Set<Node>> en) -> share.get(en.getKey())).reversed()
                        .thenComparing(en -> -en.getValue().size()))
                .map(en -> new Option(en.getKey(), Look.name(dsg, en.getKey()), true, en.getValue().size()))
                .forEach(out::add);
        coActors.entrySet().stream()
                .filter(en -> { String k = Look.kind(dsg, en.getKey()); return k.equals("state") || k.equals("alliance")
                        || k.equals("organization"); })
                .map(en -> new Option(en.getKey(), Look.name(dsg, en.getKey()), false, en.getValue()))
                .sorted(Comparator.comparing(Option::count).reversed().thenComparing(Option::label))
                .forEach(out::add);
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** The years of the dated items, [first, last], or null when there are none. */
    static int[] span(List<Item> items) {
        if (items.isEmpty()) {
            return null;
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (Item it : items) {
            min = Math.min(min, it.start().getYear());
            max = Math.max(max, it.end().getYear());
        }
        return new int[] {min, max};
    }
}
