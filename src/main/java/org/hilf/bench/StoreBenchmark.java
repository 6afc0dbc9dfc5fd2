package org.hilf.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.hilf.Ingestion;
import org.hilf.annotate.Gazetteer;
import org.hilf.read.ArticleReader;
import org.hilf.serve.HilfServer;
import org.hilf.store.HilfStore;

/**
 * The store half of {@code hilf benchmark --store DIR}: ingests the articles into a fresh store
 * by {@code hilf ingest}'s own code path ({@link Ingestion}, unchanged); writes that store's quads
 * to an N-Quads file and loads them with Jena's TDB2 bulk loader (the phased loader of
 * {@code tdb2.tdbloader}) into a second fresh store, for the ratio of the two times; measures the
 * memory each phase used, the stores' size on disk, and times every query of the query folder on
 * the ingested store under the server's timeout. The ingested store is kept in {@code DIR/ingest};
 * the N-Quads file and the bulk-loaded store are deleted unless kept.
 */
public final class StoreBenchmark {
    private final Gazetteer gazetteer;
    private final int threads;
    private final List<Path> queries;
    private final int queryRuns;
    private final boolean keep;
    private final PrintWriter progress;

    /**
     * @param queries   the .rq files to time
     * @param queryRuns runs of each query, the first (cold) one included
     * @param keep      keep the N-Quads file and the bulk-loaded store
     * @param progress  where to say which phase runs (null: nowhere)
     */
    public StoreBenchmark(Gazetteer gazetteer, int threads, List<Path> queries, int queryRuns, boolean keep, PrintWriter progress) {
        this.gazetteer = gazetteer;
        this.threads = threads;
        this.queries = queries;
        this.queryRuns = queryRuns;
        this.keep = keep;
        this.progress = progress != null ? progress : new PrintWriter(OutputStream.nullOutputStream());
    }

    /** Runs every phase on the articles of {@code paths}, in the folder {@code work}, which must be new or empty. */
    public StoreFigures run(List<Path> paths, Path work) throws IOException {
        Folders.requireNewOrEmpty(work, "the benchmark's fresh stores");
        Path ingested = work.resolve("ingest");
        Path nquads = work.resolve("quads.nq");
        Path bulk = work.resolve("bulk");
        try (MemoryWatch memory = new MemoryWatch(); HilfStore store = HilfStore.open(ingested)) {
            say("ingesting into %s (hilf ingest's code path, %d thread(s))", ingested, threads);
            memory.start();
            long t0 = System.nanoTime();
            Ingestion.Result r;
            long ingestDiskPeak;
            try (DiskWatch disk = new DiskWatch(ingested)) {
                r = new Ingestion(gazetteer, ArticleReader.DEFAULT_MAX_BYTES, threads).run(paths, store, new Quiet());
                ingestDiskPeak = disk.peak();
            }
            double ingestSeconds = seconds(t0);
            MemoryWatch.Use ingestMemory = memory.use();
            t0 = System.nanoTime();
            long quadsStored = store.size();
            long articles = store.articleCount();
            double countSeconds = seconds(t0);
            long ingestBytes = Folders.sizeOnDisk(ingested);

            say("writing the store's %d quads to %s", quadsStored, nquads);
            t0 = System.nanoTime();
            long dumped = dump(store.datasetGraph(), nquads);
            double dumpSeconds = seconds(t0);
            long nquadsBytes = Files.size(nquads);

            say("bulk loading %s into %s (TDB2 phased loader)", nquads, bulk);
            memory.start();
            t0 = System.nanoTime();
            long bulkDiskPeak;
            try (DiskWatch disk = new DiskWatch(bulk)) {
                bulkLoad(nquads, bulk);
                bulkDiskPeak = disk.peak();
            }
            double bulkSeconds = seconds(t0);
            MemoryWatch.Use bulkMemory = memory.use();
            long bulkBytes = Folders.sizeOnDisk(bulk);
            if (!keep) {
                Files.delete(nquads);
                Folders.deleteTree(bulk);
            }

            say("timing %d queries, %d run(s) each, %d s timeout", queries.size(), queryRuns, HilfServer.DEFAULT_TIMEOUT_MS / 1000);
            List<QueryTimer.Timing> timings = new QueryTimer(HilfServer.DEFAULT_TIMEOUT_MS, queryRuns).time(store.datasetGraph(), queries);
            return new StoreFigures(r.read(), r.failed().size(), articles, r.quadsWritten(), quadsStored, ingestSeconds, countSeconds,
                    ingestMemory, ingestBytes, ingestDiskPeak, dumped, nquadsBytes, dumpSeconds, bulkSeconds, bulkMemory, bulkBytes,
                    bulkDiskPeak, timings);
        }
    }

    /** Writes every quad of the store to an N-Quads file, as `tdb2.tdbdump` would; returns how many. */
    static long dump(DatasetGraph dsg, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            return Txn.calculateRead(dsg, () -> {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                writer.start();
                long n = 0;
                for (Iterator<Quad> it = dsg.find(); it.hasNext(); n++) {
                    writer.quad(it.next());
                }
                writer.finish();
                return n;
            });
        }
    }

    /** Loads the file into a new TDB2 store in {@code dir} as {@code tdb2.tdbloader} does (its default, phased loader). */
    static void bulkLoad(Path file, Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            try {
                loader.load(file.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** The .rq files of {@code folder}, competency questions (q01 …) first; an error naming the folder when there is none. */
    public static List<Path> queryFiles(Path folder) throws IOException { return QueryTimer.files(folder); }

    /** Creates {@code work} when it does not exist; an error naming it when it is a file or holds files. */
    public static void requireFresh(Path work) throws IOException {
        Folders.requireNewOrEmpty(work, "the benchmark's fresh stores (give --store a new folder)");
    }

    private static double seconds(long t0) { return (System.nanoTime() - t0) / 1e9; }

    private void say(String format, Object... args) {
        progress.printf(format + "%n", args);
        progress.flush();
    }

    /** Nothing to show per file: the benchmark reports the whole. */
    private static final class Quiet implements Ingestion.Listener {
        @Override
        public void started(int files) { }

        @Override
        public void done(Path file, boolean ok) { }
    }
}
