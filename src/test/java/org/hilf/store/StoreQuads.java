package org.hilf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.hilf.graph.Vocab;

/** A store's quads by named graph, for comparing two stores built different ways. */
public final class StoreQuads {
    private StoreQuads() { }

    /** Every named graph but the reference graphs (the people summary included), as a set of quads. */
    public static Map<Node, Set<Quad>> articleGraphs(HilfStore store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Map<Node, Set<Quad>> out = new HashMap<>();
            store.datasetGraph().find().forEachRemaining(q -> {
                if (!q.getGraph().equals(Vocab.ONTOLOGY_GRAPH) && !q.getGraph().equals(Vocab.GAZETTEER_GRAPH)) {
                    out.computeIfAbsent(q.getGraph(), g -> new HashSet<>()).add(q);
                }
            });
            return out;
        });
    }

    /** The two stores hold the same article graphs, quad for quad, and isomorphic reference graphs. */
    public static void assertSameGraphs(HilfStore expected, HilfStore actual) {
        Map<Node, Set<Quad>> e = articleGraphs(expected);
        Map<Node, Set<Quad>> a = articleGraphs(actual);
        assertEquals(e.keySet(), a.keySet(), "the same named graphs");
        for (Node g : e.keySet()) {
            assertEquals(e.get(g), a.get(g), "the quads of " + g);
        }
        for (Node g : new Node[] {Vocab.ONTOLOGY_GRAPH, Vocab.GAZETTEER_GRAPH}) {
            assertTrue(Txn.calculateRead(expected.datasetGraph(), () -> Txn.calculateRead(actual.datasetGraph(),
                    () -> actual.datasetGraph().containsGraph(g)
                            && expected.datasetGraph().getGraph(g).isIsomorphicWith(actual.datasetGraph().getGraph(g)))),
                    "the reference graph " + g);
        }
    }
}
