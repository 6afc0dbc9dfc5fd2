package org.hilf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.hilf.graph.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reference graphs made from inputs the store already holds them from are not made again; other
 * inputs, unknown inputs, or graphs missing from the store make them and compare as before.
 */
class ReferenceInputsTest {
    @TempDir
    Path dir;

    /** A writer of one ontology and one gazetteer triple with object {@code o}, counting its runs. */
    private static Consumer<StreamRDF> writer(String o, AtomicInteger runs) {
        return out -> {
            runs.incrementAndGet();
            out.quad(Quad.create(Vocab.ONTOLOGY_GRAPH, NodeFactory.createURI("urn:s"), Vocab.LABEL, NodeFactory.createLiteralString(o)));
            out.quad(Quad.create(Vocab.GAZETTEER_GRAPH, NodeFactory.createURI("urn:s"), Vocab.LABEL, NodeFactory.createLiteralString(o)));
        };
    }

    @Test
    void theSameInputsAreNotMadeAgainOthersAre() {
        AtomicInteger runs = new AtomicInteger();
        try (HilfStore store = HilfStore.open(dir.resolve("s"))) {
            assertEquals(2, store.replaceReference("jar a 1 1", writer("one", runs)));
            assertEquals(0, store.replaceReference("jar a 1 1", writer("two", runs)), "same inputs: nothing made");
            assertEquals(1, runs.get());
            assertEquals(0, store.replaceReference("jar b 1 1", writer("one", runs)), "other inputs, same graphs: compared, not written");
            assertEquals(2, runs.get());
            assertEquals(2, store.replaceReference(null, writer("two", runs)), "unknown inputs: compared and written");
            assertEquals(2, store.replaceReference(null, writer("three", runs)));
            assertEquals(4, runs.get(), "without inputs a writer always runs");
            assertEquals(2, store.replaceReference("jar b 1 1", writer("four", runs)),
                    "the inputs recorded were dropped when graphs were written without them");
            assertTrue(hasLabel(store, "four"));
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().removeGraph(Vocab.GAZETTEER_GRAPH));
            assertEquals(1, store.replaceReference("jar b 1 1", writer("four", runs)), "a graph missing from the store is written");
            assertEquals(0, store.replaceReference("jar b 1 1", writer("five", runs)), "and its fingerprints recorded again");
            assertTrue(java.nio.file.Files.exists(dir.resolve("s").resolve(ReferenceDigest.FILE)));
        }
    }

    private static boolean hasLabel(HilfStore store, String label) {
        return Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().contains(Vocab.GAZETTEER_GRAPH,
                NodeFactory.createURI("urn:s"), Vocab.LABEL, NodeFactory.createLiteralString(label)));
    }
}
