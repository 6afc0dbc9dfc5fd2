package org.hilf.store;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.hilf.graph.Vocab;

/**
 * Jena's TDB2 bulk loader on a {@link HilfStore}: quads sent to {@link #stream()} go to the
 * store's indexes without a transaction per write, and {@link #finish()} builds the secondary
 * indexes. Much faster than transactional writes for a large load, at two costs: the load is not
 * one transaction (an interrupted load leaves a store to delete, not to open), and it adds, it
 * does not replace. So it is for a store that holds no article yet, or for articles whose older
 * graphs the caller removed first ({@link HilfStore#removeArticles}).
 *
 * <p>The reference graphs (ontology, gazetteer) are left out of the stream: the caller writes them
 * with {@link HilfStore#replaceReference}, which keeps an unchanged ontology as it is. So are
 * triples outside any named graph: every fact of Hilf belongs to an article or the reference data.
 *
 * <p>Uses {@link LoaderFactory#phasedLoader}, Jena's default (that of {@code tdb2.tdbloader}): one
 * index at a time, which a 2-core machine shared with others bears, unlike the parallel loader.
 *
 * <p>Use: {@code try (BulkLoad b = BulkLoad.start(store, out)) { feed b.stream(); b.finish(); }}.
 * A {@code BulkLoad} closed without {@link #finish()} gives the store back to other transactions.
 */
public final class BulkLoad implements AutoCloseable {
    private final DataLoader loader;
    private final StreamRDF stream;
    private long quads;
    private long ignored;
    private boolean finished;

    private BulkLoad(DataLoader loader) {
        this.loader = loader;
        this.stream = new StreamRDFWrapper(loader.stream()) {
            @Override
            public void quad(Quad q) {
                if (q.isDefaultGraph() || q.getGraph().equals(Vocab.ONTOLOGY_GRAPH) || q.getGraph().equals(Vocab.GAZETTEER_GRAPH)) {
                    ignored++;
                    return;
                }
                quads++;
                super.quad(q);
            }

            @Override
            public void triple(org.apache.jena.graph.Triple t) {
                ignored++;
            }
        };
    }

    /** Starts a bulk load into {@code store}; {@code progress} gets Jena's progress lines (null: none). */
    public static BulkLoad start(HilfStore store, MonitorOutput progress) {
        MonitorOutput out = progress != null ? progress : (fmt, args) -> { };
        DataLoader loader = LoaderFactory.phasedLoader(store.datasetGraph(), out);
        loader.startBulk();
        return new BulkLoad(loader);
    }

    /** Where to send the quads (article graphs; the rest is counted in {@link #ignored()} and dropped). */
    public StreamRDF stream() { return stream; }

    /** Builds the secondary indexes and ends the load. */
    public void finish() {
        loader.finishBulk();
        finished = true;
    }

    /** Quads sent to the loader. */
    public long quads() { return quads; }

    /** Quads and triples left out: reference graphs and the default graph. */
    public long ignored() { return ignored; }

    @Override
    public void close() {
        if (!finished) {
            loader.finishException(new IllegalStateException("bulk load not finished"));
        }
    }
}
