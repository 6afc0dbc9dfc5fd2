package org.hilf.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.hilf.graph.Vocab;

/**
 * The events and statements the graph holds for each article, read from the article's own named
 * graph (so each article is judged on what it says, not on what merged events gathered from
 * others), with the actors they name described from the union of all graphs. Call within a read
 * transaction.
 */
final class ExtractedFacts {

    /** An event of the graph, as the evaluation sees it. */
    record Event(String iri, String type, List<String> participants, Integer year, boolean planned, List<String> sentences) { }

    /** A statement of the graph. */
    record Statement(String iri, List<String> speakers, List<String> onBehalfOf, Integer year, List<String> sentences) { }

    private final DatasetGraph dsg;
    private final Graph union;
    private final Map<String, ActorRef.Actor> actors = new HashMap<>();

    ExtractedFacts(DatasetGraph dsg) {
        this.dsg = dsg;
        this.union = dsg.getUnionGraph();
    }

    /** The graph of the article read from a file of that name, or null when none was stored. */
    Node graphOf(String fileName) {
        for (var it = union.find(Node.ANY, Vocab.DCT_SOURCE, Node.ANY); it.hasNext(); ) {
            Triple t = it.next();
            if (t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals(fileName)) {
                return t.getSubject();
            }
        }
        return null;
    }

    List<Event> events(Node graphName) {
        Graph g = dsg.getGraph(graphName);
        List<Event> out = new ArrayList<>();
        for (Node e : subjects(g, Vocab.EVENT)) {
            Set<Node> types = objects(g, e, Vocab.TYPE);
            if (types.contains(Vocab.STATEMENT)) {
                continue;
            }
            String type = types.contains(Vocab.SUMMIT) ? "Summit" : types.contains(Vocab.VISIT) ? "Visit"
                    : types.contains(Vocab.AGREEMENT) ? "Agreement" : "Meeting";
            out.add(new Event(e.getURI(), type, ids(objects(g, e, Vocab.PARTICIPANT)), year(g, e),
                    objects(g, e, Vocab.PLANNED).stream().anyMatch(n -> "true".equals(n.getLiteralLexicalForm())),
                    sentences(g, e)));
        }
        return out;
    }

    List<Statement> statements(Node graphName) {
        Graph g = dsg.getGraph(graphName);
        List<Statement> out = new ArrayList<>();
        for (Node s : subjects(g, Vocab.STATEMENT)) {
            out.add(new Statement(s.getURI(), ids(objects(g, s, Vocab.SPEAKER)), ids(objects(g, s, Vocab.ON_BEHALF_OF)),
                    year(g, s), sentences(g, s)));
        }
        return out;
    }

    /** The actor with this id path, described from every graph. */
    ActorRef.Actor actor(String id) {
        return actors.computeIfAbsent(id, k -> {
            Node n = Vocab.iri(Vocab.ID + k);
            boolean person = union.contains(n, Vocab.TYPE, Vocab.PERSON);
            Set<String> names = new LinkedHashSet<>();
            for (Node p : List.of(Vocab.LABEL, Vocab.ALT_LABEL)) {
                objects(union, n, p).stream().filter(Node::isLiteral).forEach(l -> names.add(l.getLiteralLexicalForm()));
            }
            List<String> country = ids(objects(union, n, Vocab.COUNTRY));
            return new ActorRef.Actor(k, person, names, new LinkedHashSet<>(ids(objects(union, n, Vocab.AFFILIATION))),
                    country.isEmpty() ? null : country.get(0));
        });
    }

    private static List<Node> subjects(Graph g, Node type) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, Vocab.TYPE, type).forEachRemaining(t -> out.add(t.getSubject()));
        out.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return out;
    }

    private static Set<Node> objects(Graph g, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private static List<String> ids(Set<Node> nodes) {
        return nodes.stream().filter(Node::isURI).map(Node::getURI).filter(u -> u.startsWith(Vocab.ID))
                .map(u -> u.substring(Vocab.ID.length())).sorted().toList();
    }

    private static Integer year(Graph g, Node s) {
        return objects(g, s, Vocab.YEAR).stream().filter(Node::isLiteral)
                .map(l -> Integer.valueOf(l.getLiteralLexicalForm())).findFirst().orElse(null);
    }

    private static List<String> sentences(Graph g, Node s) {
        List<String> out = new ArrayList<>();
        for (Node m : objects(g, s, Vocab.EVIDENCE)) {
            objects(g, m, Vocab.TEXT).stream().filter(Node::isLiteral).forEach(t -> out.add(t.getLiteralLexicalForm()));
        }
        return out;
    }
}
