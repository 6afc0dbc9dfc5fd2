package org.hilf.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.hilf.graph.Vocab;

/**
 * A resource's neighbourhood as a network of actors, events and places: what the graph of an
 * entity page draws, and what a click on a node adds. Callers hold a read transaction.
 *
 * <ul>
 *   <li>an actor: the events it takes part in ({@link #MAX_EVENTS} of them: meetings, visits,
 *       summits and agreements before statements, latest first), its ties
 *       (member of, partner of, affiliation, country) and the ties that articles state towards it
 *       (the gazetteer's member lists are left out: they would bury the events);</li>
 *   <li>an event: its actors in every role and its place;</li>
 *   <li>a place: the events held there and its state.</li>
 * </ul>
 * Edges are labelled by the property's local name. Of a participant edge and a more specific one
 * (host, visitor) between the same two nodes, only the specific one is kept.
 */
final class Neighbourhood {
    static final int MAX_EVENTS = 25;
    static final int MAX_TIES = 40;

    record GNode(Node iri, String label, String kind, String path, boolean planned, String date) { }

    record Edge(Node source, Node target, String label) { }

    record Result(List<GNode> nodes, List<Edge> edges, int leftOut) { }

    private Neighbourhood() { }

    static Result of(DatasetGraph dsg, Node n) {
        Map<Node, GNode> nodes = new LinkedHashMap<>();
        Map<String, Edge> edges = new LinkedHashMap<>();
        nodes.put(n, node(dsg, n));
        String kind = nodes.get(n).kind();
        int leftOut = 0;
        if (Look.isActor(kind)) {
            List<Node> events = new ArrayList<>(Timeline.events(dsg, n));
            // meetings, visits, summits and agreements before statements; each latest first
            events.sort(Comparator.comparing((Node e) -> Look.kind(dsg, e).equals("statement"))
                    .thenComparing(Comparator.comparing((Node e) -> Look.date(dsg, e)).reversed()));
            leftOut += Math.max(0, events.size() - MAX_EVENTS);
            for (Node e : events.subList(0, Math.min(MAX_EVENTS, events.size()))) {
                nodes.computeIfAbsent(e, x -> node(dsg, x));
                for (Node role : Look.ROLES) {
                    if (Look.has(dsg, e, role, n)) {
                        edge(edges, e, role, n);
                    }
                }
            }
            for (Node p : Look.TIES) {
                for (Node o : Look.objects(dsg, n, p)) {
                    nodes.computeIfAbsent(o, x -> node(dsg, x));
                    edge(edges, n, p, o);
                }
                int ties = 0;
                for (Quad q : (Iterable<Quad>) () -> dsg.find(Node.ANY, Node.ANY, p, n)) {
                    if (q.getGraph().equals(Vocab.GAZETTEER_GRAPH) || edges.containsKey(key(q.getSubject(), p, n))) {
                        continue;
                    }
                    if (ties++ == MAX_TIES) {
                        leftOut++;
                        continue;
                    }
                    nodes.computeIfAbsent(q.getSubject(), x -> node(dsg, x));
                    edge(edges, q.getSubject(), p, n);
                }
            }
        } else if (Look.isEvent(kind)) {
            for (Node role : Look.ROLES) {
                for (Node o : Look.objects(dsg, n, role)) {
                    nodes.computeIfAbsent(o, x -> node(dsg, x));
                    edge(edges, n, role, o);
                }
            }
            for (Node place : Look.objects(dsg, n, Vocab.PLACE_P)) {
                nodes.computeIfAbsent(place, x -> node(dsg, x));
                edge(edges, n, Vocab.PLACE_P, place);
            }
        } else if (kind.equals("place")) {
            List<Node> events = Look.subjects(dsg, Vocab.PLACE_P, n);
            leftOut += Math.max(0, events.size() - MAX_EVENTS);
            for (Node e : events.subList(0, Math.min(MAX_EVENTS, events.size()))) {
                nodes.computeIfAbsent(e, x -> node(dsg, x));
                edge(edges, e, Vocab.PLACE_P, n);
            }
            for (Node c : Look.objects(dsg, n, Vocab.COUNTRY)) {
                nodes.computeIfAbsent(c, x -> node(dsg, x));
                edge(edges, n, Vocab.COUNTRY, c);
            }
        }
        // a participant edge beside a host or visitor edge between the same nodes says less: drop it
        edges.values().removeIf(e -> e.label().equals("participant")
                && (edges.containsKey(key(e.source(), Vocab.HOST, e.target()))
                    || edges.containsKey(key(e.source(), Vocab.VISITOR, e.target()))));
        return new Result(new ArrayList<>(nodes.values()), new ArrayList<>(edges.values()), leftOut);
    }

    private static void edge(Map<String, Edge> edges, Node s, Node p, Node o) {
        edges.putIfAbsent(key(s, p, o), new Edge(s, o, Look.local(p)));
    }

    static String key(Node s, Node p, Node o) { return s + " " + p + " " + o; }

    static GNode node(DatasetGraph dsg, Node n) {
        String kind = Look.kind(dsg, n);
        boolean event = Look.isEvent(kind);
        String label = event ? Look.kindLabel(kind) + " " + Look.date(dsg, n) : Look.name(dsg, n);
        return new GNode(n, label.strip(), kind, Look.path(n), event && Look.planned(dsg, n), event ? Look.date(dsg, n) : null);
    }
}
