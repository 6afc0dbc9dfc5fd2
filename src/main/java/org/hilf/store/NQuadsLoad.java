package org.hilf.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.hilf.graph.Vocab;

/**
 * Loads N-Quads files (such as the partitions the Spark job writes, gzipped or not) into a store,
 * with the result an ingest of the same articles gives: each article's graph replaces its older
 * version, and the reference graphs (ontology, gazetteer) are there afterwards.
 *
 * <ul>
 *   <li>A store that holds no article is filled by Jena's bulk loader ({@link BulkLoad}).</li>
 *   <li>A store that holds articles gets the replacing writes of an ingest: whole articles in
 *       batches of one transaction each ({@link HilfStore#replaceArticles}).</li>
 *   <li>With {@code bulk}, a store that holds articles is loaded by the bulk loader too: one pass
 *       over the files finds the articles they hold, one transaction removes those articles'
 *       graphs (and older versions from the same source paths), then the bulk loader adds.</li>
 * </ul>
 *
 * <p>Afterwards the store is compacted and its statistics refreshed when that pays ({@link StoreUpkeep}).
 */
public final class NQuadsLoad {
    /** Whole articles per write transaction of a replacing load, and at most about this many quads: as ingest. */
    static final int BATCH_ARTICLES = 200;
    static final long BATCH_QUADS = 400_000;

    /** How a load was done. */
    public enum Method {
        BULK("Jena's bulk loader (the store held no article)"),
        BULK_REPLACING("Jena's bulk loader, after removing the articles it replaces"),
        REPLACING("replacing transactions, as ingest writes");

        public final String description;

        Method(String description) { this.description = description; }
    }

    /** What a load did: articles (named graphs) and quads loaded, graphs removed first, quads left out. */
    public record Result(Method method, long articles, long quads, long removed, long ignored, double seconds) { }

    private NQuadsLoad() { }

    /**
     * The files to load: each file given, and of each folder given the files in it whose names end
     * in .nq or .nq.gz, in name order (Hadoop's checksum and marker files are not among them).
     */
    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> isNQuads(f.getFileName().toString()) && !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot list " + p + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IllegalArgumentException("no such file or folder: " + p);
            }
        }
        return files;
    }

    private static boolean isNQuads(String name) { return name.endsWith(".nq") || name.endsWith(".nq.gz"); }

    /**
     * Writes the reference graphs with {@code reference} (what writes the ontology and gazetteer: the
     * same the ingest writes), then loads {@code files} into {@code store}; the people summary follows.
     */
    public static Result load(HilfStore store, List<Path> files, boolean bulk, Consumer<StreamRDF> reference,
                              MonitorOutput progress) {
        long t0 = System.nanoTime();
        boolean empty = !store.hasArticles();
        // the reference first: the people summary the load keeps needs the gazetteer's persons
        store.replaceReference(null, reference); // a file of quads: what made them is unknown
        Result r;
        if (empty || bulk) {
            long removed = 0;
            if (!empty) {
                Scan scan = new Scan();
                files.forEach(f -> parse(f, scan));
                removed = store.removeArticles(scan.graphs, scan.sourcePaths);
            }
            Counter graphs = new Counter();
            try (BulkLoad b = BulkLoad.start(store, progress)) {
                StreamRDF tee = new Tee(b.stream(), graphs);
                files.forEach(f -> parse(f, tee));
                b.finish();
                r = new Result(empty ? Method.BULK : Method.BULK_REPLACING, graphs.graphs.size(), b.quads(), removed,
                        b.ignored(), 0);
            }
        } else {
            Replacing sink = new Replacing(store);
            files.forEach(f -> parse(f, sink));
            sink.flush();
            r = new Result(Method.REPLACING, sink.written.size(), sink.quads, 0, sink.ignored, 0);
        }
        StoreUpkeep.afterLoad(store, r.method() == Method.BULK, r.quads());
        return new Result(r.method(), r.articles(), r.quads(), r.removed(), r.ignored(), (System.nanoTime() - t0) / 1e9);
    }

    /** Parses a file as N-Quads, whatever its name; gzipped when the name ends in .gz. */
    private static void parse(Path file, StreamRDF sink) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz")
                     ? new GZIPInputStream(raw, 1 << 16) : new BufferedInputStream(raw, 1 << 16)) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isArticleQuad(Quad q) { return Vocab.isArticleGraph(q.getGraph()); }

    /** The first pass of a bulk load into a store with articles: which graphs and source paths the files hold. */
    private static final class Scan extends StreamRDFBase {
        final Set<Node> graphs = new HashSet<>();
        final Set<String> sourcePaths = new HashSet<>();

        @Override
        public void quad(Quad q) {
            if (isArticleQuad(q)) {
                graphs.add(q.getGraph());
                if (q.getPredicate().equals(Vocab.SOURCE_PATH) && q.getSubject().equals(q.getGraph())) {
                    sourcePaths.add(q.getObject().getLiteralLexicalForm());
                }
            }
        }
    }

    /** Counts the article graphs that pass. */
    private static final class Counter extends StreamRDFBase {
        final Set<Node> graphs = new HashSet<>();

        @Override
        public void quad(Quad q) {
            if (isArticleQuad(q)) {
                graphs.add(q.getGraph());
            }
        }
    }

    /** Sends each quad to two streams. */
    private static final class Tee extends org.apache.jena.riot.system.StreamRDFWrapper {
        private final StreamRDF second;

        Tee(StreamRDF first, StreamRDF second) {
            super(first);
            this.second = second;
        }

        @Override
        public void quad(Quad q) {
            super.quad(q);
            second.quad(q);
        }
    }

    /** Groups quads by article and writes them, whole articles per transaction, replacing older versions. */
    private static final class Replacing extends StreamRDFBase {
        private final HilfStore store;
        private final Map<Node, List<Quad>> batch = new LinkedHashMap<>();
        /** Graphs written by earlier batches of this load: a later part of one is added, not a replacement. */
        final Set<Node> written = new HashSet<>();
        long quads;
        long ignored;
        long batchQuads;
        int transactions;

        Replacing(HilfStore store) { this.store = store; }

        @Override
        public void triple(org.apache.jena.graph.Triple t) { ignored++; }

        @Override
        public void quad(Quad q) {
            if (!isArticleQuad(q)) {
                ignored++;
                return;
            }
            batch.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q);
            quads++;
            batchQuads++;
            if (batch.size() > BATCH_ARTICLES || batchQuads >= BATCH_QUADS) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<HilfStore.ArticleGraph> graphs = new ArrayList<>();
            for (Map.Entry<Node, List<Quad>> e : batch.entrySet()) {
                graphs.add(new HilfStore.ArticleGraph(e.getKey(), sourcePath(e.getKey(), e.getValue()), e.getValue()));
            }
            store.replaceArticles(graphs, written);
            written.addAll(batch.keySet());
            transactions++;
            batch.clear();
            batchQuads = 0;
        }

        private static String sourcePath(Node graph, List<Quad> quads) {
            for (Quad q : quads) {
                if (q.getPredicate().equals(Vocab.SOURCE_PATH) && q.getSubject().equals(graph) && q.getObject().isLiteral()) {
                    return q.getObject().getLiteralLexicalForm();
                }
            }
            return null;
        }
    }
}
