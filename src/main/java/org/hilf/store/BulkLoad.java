package org.hilf.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.hilf.graph.Vocab;
import org.hilf.read.Shown;

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
 * triples outside any named graph (every fact of Hilf belongs to an article or the reference
 * data) and the people summary, which {@link #finish()} recomputes for the persons loaded.
 *
 * <p>Uses {@link LoaderFactory#phasedLoader}, Jena's default (that of {@code tdb2.tdbloader}): one
 * index at a time, which a 2-core machine shared with others bears, unlike the parallel loader.
 *
 * <p>Use: {@code try (BulkLoad b = BulkLoad.start(store, out)) { feed b.stream(); b.finish(); }}.
 * A {@code BulkLoad} closed without {@link #finish()} gives the store back to other transactions.
 *
 * <p>A load that stops half-way (a kill, a crash) leaves indexes that disagree. So a marker file
 * in the store folder says a load is under way until {@link #finish()} returns, and the next
 * {@link HilfStore#open} acts on it ({@link #recover}): a store that held no article before the
 * load is emptied again (nothing stored before is lost, every article is absent, none is half
 * there); one that held articles is refused with the reason, since only a backup can restore it.
 */
public final class BulkLoad implements AutoCloseable {
    private final DataLoader loader;
    private final StreamRDF stream;
    private long quads;
    private long ignored;
    private boolean finished;

    /** The marker of a load under way; its content says whether the store held articles before it. */
    static final String MARKER = "bulk-load-under-way";
    private static final String WAS_EMPTY = "the store held no article before this load\n";

    private final Path marker;
    private final SentenceIndex sentences;
    private final DatasetGraph dsg;
    /** The persons (and other actors) whose summary the load may change: {@link PeopleSummary#collect}. */
    private final Set<Node> touched = new HashSet<>();

    private BulkLoad(DataLoader loader, Path marker, SentenceIndex sentences, DatasetGraph dsg) {
        this.loader = loader;
        this.marker = marker;
        this.sentences = sentences;
        this.dsg = dsg;
        this.stream = new StreamRDFWrapper(loader.stream()) {
            @Override
            public void quad(Quad q) {
                if (!Vocab.isArticleGraph(q.getGraph())) {
                    ignored++;
                    return;
                }
                quads++;
                sentences.add(q);
                PeopleSummary.collect(q, touched);
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
        Path marker = store.dir().resolve(MARKER);
        try {
            Files.writeString(marker, !store.hasArticles() ? WAS_EMPTY : "the store held articles before this load\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + Shown.path(marker) + ": " + Shown.reason(e), e);
        }
        store.sentences().writing(); // the sentences are indexed as they pass, committed by finish()
        DataLoader loader = LoaderFactory.phasedLoader(store.datasetGraph(), out);
        loader.startBulk();
        return new BulkLoad(loader, marker, store.sentences(), store.datasetGraph());
    }

    /**
     * Acts on the marker of a load that never finished, before the store in {@code dir} is used:
     * returns true when the caller is to empty the store (it held no article before), throws
     * when the store held articles, and returns false when no load was interrupted.
     */
    static boolean interrupted(Path dir) {
        Path marker = dir.resolve(MARKER);
        if (!Files.exists(marker)) {
            return false;
        }
        String said;
        try {
            said = Files.readString(marker);
        } catch (IOException e) {
            said = "";
        }
        if (said.equals(WAS_EMPTY)) {
            return true;
        }
        throw new IllegalStateException("the store " + Shown.path(dir) + " was left half-written by an interrupted bulk load"
                + " (--bulk into a store with articles): its indexes disagree; restore it from a backup, or delete it and"
                + " ingest again (then delete " + Shown.path(marker) + ")");
    }

    /** Says the interrupted load of an empty store has been undone. */
    static void recovered(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + Shown.path(dir.resolve(MARKER)) + ": " + Shown.reason(e), e);
        }
    }

    /** Where to send the quads (article graphs; the rest is counted in {@link #ignored()} and dropped). */
    public StreamRDF stream() { return stream; }

    /**
     * Builds the secondary indexes and ends the load; then, in one transaction, the people summary
     * of the persons the load named (before the marker goes: a crash in between is an interrupted load).
     */
    public void finish() {
        loader.finishBulk();
        Txn.executeWrite(dsg, () -> PeopleSummary.recompute(dsg, touched));
        sentences.commit();
        finished = true;
        recovered(marker.getParent());
    }

    /** Quads sent to the loader. */
    public long quads() { return quads; }

    /** Quads and triples left out: reference graphs and the default graph. */
    public long ignored() { return ignored; }

    @Override
    public void close() {
        if (!finished) {
            loader.finishException(new IllegalStateException("bulk load not finished"));
            sentences.rollback();
        }
    }
}
