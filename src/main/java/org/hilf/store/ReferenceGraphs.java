package org.hilf.store;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.hilf.graph.Vocab;

/**
 * Writes the reference graphs (ontology, gazetteer) of a store, each only when its content
 * changed, in one transaction (see {@link HilfStore#replaceReference}). A changed gazetteer
 * types and names people and their affiliations, so the people summary is rebuilt with it.
 */
final class ReferenceGraphs {
    private ReferenceGraphs() { }

    /** The property of the fingerprints file that records what the stored reference graphs were made from. */
    static final String INPUTS = "inputs";

    /**
     * Returns the number of quads written; the store folder {@code dir} keeps the fingerprints
     * ({@link ReferenceDigest}). {@code inputs} names what {@code writer} makes the graphs from
     * (see {@link org.hilf.graph.ReferenceMapper#bundledInputs}), or is null when that is not
     * known: when the store's graphs were made from the same inputs, nothing is made, hashed or
     * written (most of a small ingest's store work was making and hashing 36,000 unchanged triples).
     */
    static long replace(Path dir, DatasetGraph dsg, String inputs, Consumer<StreamRDF> writer) {
        Properties recorded = ReferenceDigest.read(dir);
        if (inputs != null && inputs.equals(recorded.getProperty(INPUTS)) && Txn.calculateRead(dsg,
                () -> dsg.containsGraph(Vocab.ONTOLOGY_GRAPH) && dsg.containsGraph(Vocab.GAZETTEER_GRAPH))) {
            return 0;
        }
        DatasetGraph fresh = DatasetGraphFactory.create();
        writer.accept(StreamRDFLib.dataset(fresh));
        Properties digests = new Properties();
        if (inputs != null) {
            digests.setProperty(INPUTS, inputs);
        }
        long written = Txn.calculateWrite(dsg, () -> {
            long n = 0;
            for (Node g : List.of(Vocab.ONTOLOGY_GRAPH, Vocab.GAZETTEER_GRAPH)) {
                Graph now = fresh.getGraph(g);
                String digest = ReferenceDigest.of(now);
                digests.setProperty(g.getURI(), digest);
                if (dsg.containsGraph(g) && (digest.equals(recorded.getProperty(g.getURI()))
                        || !recorded.containsKey(g.getURI()) && dsg.getGraph(g).isIsomorphicWith(now))) {
                    continue;
                }
                // a crash between this transaction and the new fingerprints must not leave the old ones vouching
                // for graphs that changed: without the file, the next ingest compares the graphs
                ReferenceDigest.forget(dir);
                dsg.removeGraph(g);
                Iterator<Triple> it = now.find();
                while (it.hasNext()) {
                    dsg.add(new Quad(g, it.next()));
                    n++;
                }
                if (g.equals(Vocab.GAZETTEER_GRAPH)) {
                    PeopleSummary.rebuild(dsg);
                }
            }
            return n;
        });
        if (written > 0 || !digests.equals(recorded)) {
            ReferenceDigest.write(dir, digests);
        }
        return written;
    }
}
