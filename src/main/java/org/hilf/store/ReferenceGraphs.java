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

    /** Returns the number of quads written; the store folder {@code dir} keeps the fingerprints ({@link ReferenceDigest}). */
    static long replace(Path dir, DatasetGraph dsg, Consumer<StreamRDF> writer) {
        DatasetGraph fresh = DatasetGraphFactory.create();
        writer.accept(StreamRDFLib.dataset(fresh));
        Properties recorded = ReferenceDigest.read(dir);
        Properties digests = new Properties();
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
        if (!digests.equals(recorded)) {
            ReferenceDigest.write(dir, digests);
        }
        return written;
    }
}
