package org.hilf;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.hilf.annotate.AnnotationPipeline;
import org.hilf.annotate.Annotators;
import org.hilf.annotate.Background;
import org.hilf.annotate.Gazetteer;
import org.hilf.graph.ArticleMapper;
import org.hilf.graph.ReferenceMapper;
import org.hilf.read.Article;
import org.hilf.read.ArticleFiles;
import org.hilf.read.ArticleReader;
import org.hilf.read.ReadException;
import org.hilf.read.Shown;
import org.hilf.store.ArticleWrites;
import org.hilf.store.HilfStore;
import org.hilf.store.StoreUpkeep;

/**
 * One ingest: files → read → annotate → graph → store. Reading, annotation and mapping run on a
 * pool of threads, up to {@link #QUEUE_ARTICLES} articles ahead of the writer, which takes them
 * in input order and writes while the pool goes on. Into a store with no article (or with
 * {@code bulk}) the quads go straight to Jena's TDB2 bulk loader; into a store with articles,
 * whole articles are written in batches of one replacing transaction each. Afterwards the store
 * is compacted and its statistics refreshed when that pays ({@link StoreUpkeep}). A file that
 * fails is reported and skipped; nothing else is affected. An article that would yield more than
 * {@code maxQuads} quads is refused with the reason. With de-duplication, a text already stored
 * (or met earlier in the same ingest) under another path is skipped, and the warning names the
 * path that was kept.
 */
public final class Ingestion {

    /** What an ingest did; {@code bulk}: the bulk loader wrote the articles. */
    public record Result(int read, List<String> failed, List<String> warnings, long quadsWritten, double seconds,
                         boolean bulk) {
        public boolean ok() { return failed.isEmpty(); }
    }

    /** Told of each file as it is done (for a progress bar). */
    public interface Listener {
        void started(int files);

        void done(Path file, boolean ok);
    }

    /**
     * Articles annotated ahead of the writer at most: enough to keep the annotation threads busy
     * while the writer commits a batch or the loader sorts, few enough to bound the heap (an
     * article of the bundled size holds about 800 quads, some 250 KB, while it waits).
     */
    static final int QUEUE_ARTICLES = Integer.getInteger("hilf.queueArticles", 256);
    /** Most quads one article may yield: a bundled article yields about 800, a 2 MB text some 120,000. */
    public static final long DEFAULT_MAX_QUADS = 100_000;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Ingestion.class);

    private final Gazetteer gazetteer;
    private final AnnotationPipeline pipeline;
    private final ArticleMapper mapper;
    /** Tika's reader, built meanwhile: it takes about as long as the annotation pipeline (start-up, issue 10). */
    private final Background<ArticleReader> reader;
    private final int threads;
    private final long maxQuads;
    private final boolean dedupe;
    private final boolean bulk;
    /** What the reference graphs are made from ({@link HilfStore#replaceReference(String, java.util.function.Consumer)}), or null. */
    private final String referenceInputs;

    public Ingestion(Gazetteer gazetteer, long maxBytes, int threads) {
        this(gazetteer, maxBytes, threads, DEFAULT_MAX_QUADS, false);
    }

    public Ingestion(Gazetteer gazetteer, long maxBytes, int threads, long maxQuads, boolean dedupe) {
        this(gazetteer, maxBytes, threads, maxQuads, dedupe, false);
    }

    /** {@code bulk}: use the bulk loader even when the store holds articles (see {@link ArticleWrites#bulk}). */
    public Ingestion(Gazetteer gazetteer, long maxBytes, int threads, long maxQuads, boolean dedupe, boolean bulk) {
        this(gazetteer, maxBytes, threads, maxQuads, dedupe, bulk, null);
    }

    /**
     * {@code referenceInputs}: what the ontology and {@code gazetteer} graphs are made from
     * ({@link ReferenceMapper#bundledInputs()} for the bundled gazetteer), so that a store that
     * holds them made from the same is not given them again; null when not known.
     */
    public Ingestion(Gazetteer gazetteer, long maxBytes, int threads, long maxQuads, boolean dedupe, boolean bulk,
                     String referenceInputs) {
        this.referenceInputs = referenceInputs;
        this.gazetteer = gazetteer;
        this.reader = Background.start("hilf-reader", () -> new ArticleReader(maxBytes, dedupe));
        this.pipeline = Annotators.standard(gazetteer);
        this.mapper = new ArticleMapper(gazetteer);
        this.threads = Math.max(1, threads);
        this.maxQuads = maxQuads;
        this.dedupe = dedupe;
        this.bulk = bulk;
    }

    public static Ingestion standard() {
        return new Ingestion(Gazetteer.load(), ArticleReader.DEFAULT_MAX_BYTES, Runtime.getRuntime().availableProcessors(),
                DEFAULT_MAX_QUADS, false, false, ReferenceMapper.bundledInputs());
    }

    /** Thrown from the quad sink to stop mapping an article past the limit. */
    private static final class TooManyQuads extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyQuads() { super(null, null, false, false); }
    }

    /** An article's quads, or why its file failed. */
    private record Outcome(Path file, Article article, List<Quad> quads, ReadException error) { }

    public Result run(List<Path> paths, HilfStore store, Listener listener) {
        long t0 = System.nanoTime();
        ArticleFiles files = ArticleFiles.collect(paths);
        List<String> failed = new ArrayList<>();
        files.missing().forEach(e -> failed.add(e.describe()));
        List<ArticleFiles.Candidate> todo = files.candidates();
        listener.started(todo.size());

        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "hilf-annotate");
            t.setDaemon(true);
            return t;
        });
        // the bounded queue: futures in input order, at most QUEUE_ARTICLES ahead of the writer. The first
        // articles are read and annotated while the reference graphs are fingerprinted (a second or more
        // while the JVM is cold: most of a small ingest); nothing is written before the reference is.
        Deque<Future<Outcome>> queue = new ArrayDeque<>();
        int next;
        long reference;
        try {
            next = submit(todo, 0, queue, pool);
            reference = store.replaceReference(referenceInputs, out -> {
                ReferenceMapper.ontology(out);
                ReferenceMapper.gazetteer(gazetteer, out);
            });
        } catch (RuntimeException | Error e) {
            pool.shutdownNow();
            throw e;
        }

        int read = 0;
        List<String> warnings = new ArrayList<>(files.warnings());
        Map<Node, String> kept = new HashMap<>();
        boolean empty = !store.hasArticles();
        boolean bulkLoad = bulk || empty;
        long written = 0;
        boolean finished = false;
        try (ArticleWrites writes = bulkLoad
                ? ArticleWrites.bulk(store, todo.stream().map(c -> c.realPath().toString()).toList())
                : ArticleWrites.transactional(store)) {
            while (next < todo.size() || !queue.isEmpty()) {
                next = submit(todo, next, queue, pool);
                Outcome o = queue.poll().get();
                String duplicateOf = o.error() == null && dedupe ? duplicateOf(o.article(), writes, kept) : null;
                if (o.error() != null) {
                    failed.add(o.error().describe());
                    if (o.error().getCause() != null) {
                        LOG.info("{}", o.error().describe(), o.error().getCause());
                    }
                } else if (duplicateOf != null) {
                    warnings.add(Shown.path(o.file()) + ": the same text as " + Shown.text(duplicateOf)
                            + ", which was kept (--dedupe); not stored again");
                } else {
                    writes.write(new HilfStore.ArticleGraph(ArticleMapper.graphOf(o.article()), o.article().sourcePath(), o.quads()));
                    read++;
                }
                listener.done(o.file(), o.error() == null);
            }
            writes.finish();
            written = writes.quads();
            finished = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.add("ingest interrupted; " + kept(bulkLoad));
        } catch (ExecutionException e) {
            LOG.error("annotation failed", e.getCause());
            throw new IllegalStateException("annotation failed: " + Shown.words(e.getCause())
                    + "; " + kept(bulkLoad) + " (details in the log)", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (finished) {
            StoreUpkeep.afterLoad(store, bulkLoad && empty, written);
        }
        return new Result(read, failed, warnings, reference + written, (System.nanoTime() - t0) / 1e9, bulkLoad);
    }

    /** Submits files from {@code todo[next]} on until the queue is full; returns the next file's index. */
    private int submit(List<ArticleFiles.Candidate> todo, int next, Deque<Future<Outcome>> queue, ExecutorService pool) {
        while (next < todo.size() && queue.size() < Math.max(QUEUE_ARTICLES, threads * 2 + 2)) {
            ArticleFiles.Candidate c = todo.get(next++);
            queue.add(pool.submit(() -> process(c)));
        }
        return next;
    }

    /** What an ingest that stopped half-way leaves. */
    private static String kept(boolean bulkLoad) {
        return bulkLoad ? "the bulk load is undone when the store is next opened" : "articles stored so far are complete";
    }

    /**
     * With de-duplication: the path of the article already kept with the same text (stored under
     * another path, or met earlier in this ingest), or null when this one is to be stored.
     */
    private static String duplicateOf(Article a, ArticleWrites writes, Map<Node, String> kept) {
        Node graph = ArticleMapper.graphOf(a);
        String earlier = kept.get(graph);
        if (earlier == null) {
            earlier = writes.sourceOf(graph);
        }
        if (earlier != null && !earlier.equals(a.sourcePath())) {
            return earlier;
        }
        kept.put(graph, a.sourcePath());
        return null;
    }

    /** Reads, annotates and maps one file; never throws for a bad file. */
    private Outcome process(ArticleFiles.Candidate c) {
        Article article;
        try {
            article = reader.join().read(c.file(), c.hint());
        } catch (ReadException e) {
            return new Outcome(c.file(), null, null, e);
        }
        try {
            List<Quad> quads = new ArrayList<>();
            mapper.map(pipeline.annotate(article), new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (quads.size() >= maxQuads) {
                        throw new TooManyQuads();
                    }
                    quads.add(q);
                }
            });
            return new Outcome(c.file(), article, quads, null);
        } catch (TooManyQuads e) {
            return new Outcome(c.file(), null, null, new ReadException(c.file(), "it would yield more than " + maxQuads
                    + " quads, the limit for one article (--max-quads): split it, or raise the limit"));
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of ours, not of the file: still only this file is lost, and the reason is shown.
            LOG.error("annotation failed on " + Shown.path(c.file()), e);
            return new Outcome(c.file(), null, null,
                    new ReadException(c.file(), "annotation failed: " + Shown.words(e) + "; please report this (details in the log)", e));
        }
    }
}
