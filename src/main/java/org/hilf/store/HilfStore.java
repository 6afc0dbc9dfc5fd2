package org.hilf.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.hilf.graph.Vocab;
import org.hilf.read.Shown;

/**
 * The TDB2 store: each article's facts in the named graph of the article's IRI, the ontology and
 * the gazetteer in graphs of their own, the people summary ({@link PeopleSummary}) kept by every
 * write in a graph of its own, and the union of all named graphs as the default graph
 * that queries see. Every write is one transaction: an interrupted ingest leaves each article
 * wholly stored or absent, and the store opens again without repair (TDB2's journal).
 *
 * <p>One store directory is used by one process at a time (TDB2 locks it). Thread-safe within
 * that process: transactions serialise writers.
 */
public final class HilfStore implements AutoCloseable {
    public static final String DEFAULT_DIR = "store";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HilfStore.class);

    private final Dataset dataset;
    private final Path dir;
    private final SentenceIndex sentences;

    private HilfStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
        this.sentences = SentenceIndex.open(dir, dataset.asDatasetGraph());
    }

    /** Opens (creating if needed) the store in {@code dir}. */
    public static HilfStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the store folder " + Shown.path(dir) + ": " + Shown.reason(e), e);
        }
        boolean creating = InterruptedWrites.prepare(dir); // what a kill left half done is undone first
        Dataset ds;
        try {
            ds = TDB2Factory.connectDataset(dir.toString());
        } catch (RuntimeException e) {
            // TDB2 locks a store for one process; its exception types differ by version, its message does not
            String m = String.valueOf(e.getMessage());
            if (m.contains("held by process")) {
                throw new IllegalStateException("the store " + Shown.path(dir) + " is in use by another process ("
                        + m.replaceAll(".*held by process ", "pid ") + "): stop it, or give another --store", e);
            }
            throw new IllegalStateException("cannot open the store " + Shown.path(dir) + ": " + Shown.words(e)
                    + (Files.isWritable(dir) ? "" : " (the folder is not writable)"), e);
        }
        if (BulkLoad.interrupted(dir)) {
            // opened (and locked) first, so that a live process's load is never taken for an interrupted one
            LOG.warn("{}: a bulk load into the empty store was interrupted; emptying the store again", dir);
            org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
            Compactions.removeAllData(dir);
            BulkLoad.recovered(dir);
            ds = TDB2Factory.connectDataset(dir.toString());
        }
        if (creating) {
            InterruptedWrites.created(dir);
        }
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Compactions.removeLeftovers(dir, ds.asDatasetGraph());
        if (PeopleSummary.buildIfMissing(ds.asDatasetGraph())) {
            LOG.info("{}: the people summary was missing (a store written before it existed); built", dir);
        }
        return new HilfStore(dir, ds);
    }

    /**
     * Opens an existing store; a folder that holds none is an error (queries on nothing are a
     * mistake), and so is one that cannot be read, with the reason.
     */
    public static HilfStore openExisting(Path dir) {
        if (!Files.exists(dir)) {
            throw new IllegalArgumentException("no store at " + Shown.path(dir) + " (run `hilf ingest` first, or give --store)");
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(Shown.path(dir) + " is a file, not a store folder (give --store the folder `hilf ingest` made)");
        }
        boolean hasData;
        try (var s = Files.list(dir)) {
            hasData = s.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read the store " + Shown.path(dir) + ": " + Shown.reason(e), e);
        }
        if (!hasData) {
            throw new IllegalArgumentException("no store at " + Shown.path(dir) + " (run `hilf ingest` first, or give --store)");
        }
        return open(dir);
    }

    public Path dir() { return dir; }

    public Dataset dataset() { return dataset; }

    /** The index of the store's sentences that {@code text:query} reads (see {@link SentenceIndex}). */
    SentenceIndex sentences() { return sentences; }

    public DatasetGraph datasetGraph() { return dataset.asDatasetGraph(); }

    /** One article to write: its graph, the path it was read from, its quads. */
    public record ArticleGraph(Node graph, String sourcePath, List<Quad> quads) { }

    /**
     * Replaces several articles' graphs in one transaction: each article is written whole, and a
     * crash loses the batch, never half an article. Fewer, larger transactions keep TDB2's
     * copy-on-write files small (one transaction per article grew a 10,000-article store past 16 GB).
     */
    public void replaceArticles(List<ArticleGraph> batch) {
        replaceArticles(batch, Set.of());
    }

    /**
     * As {@link #replaceArticles(List)}, except for the graphs in {@code continued}: those were
     * written earlier in the same load (an article whose quads arrive in more than one batch), so
     * their quads are added and nothing of theirs is removed.
     */
    public void replaceArticles(List<ArticleGraph> batch, Set<Node> continued) {
        if (batch.isEmpty()) {
            return;
        }
        DatasetGraph dsg = datasetGraph();
        Set<Node> removed = new HashSet<>();
        Set<Node> touched = new HashSet<>();
        sentences.writing();
        Txn.executeWrite(dsg, () -> {
            removed.clear(); // a transaction run again starts anew
            touched.clear();
            for (ArticleGraph a : batch) {
                if (!continued.contains(a.graph())) {
                    removed.addAll(removeArticle(dsg, a.graph(), a.sourcePath(), touched));
                }
                for (Quad q : a.quads()) {
                    dsg.add(q);
                    PeopleSummary.collect(q, touched);
                }
            }
            PeopleSummary.recompute(dsg, touched);
        });
        sentences.replace(removed, batch.stream().flatMap(a -> a.quads().stream()).iterator());
    }

    /**
     * Removes, in one transaction, the given article graphs and any other article graph read from
     * one of the given source paths (an older version of a changed file): what a load that adds
     * those articles without replacing them must do first. Returns the number of graphs removed.
     */
    public int removeArticles(Collection<Node> graphs, Collection<String> sourcePaths) {
        DatasetGraph dsg = datasetGraph();
        Set<Node> doomed = new HashSet<>();
        sentences.writing();
        int n = Txn.calculateWrite(dsg, () -> {
            doomed.clear();
            for (Node g : graphs) {
                if (dsg.containsGraph(g)) {
                    doomed.add(g);
                }
            }
            for (String path : sourcePaths) {
                doomed.addAll(graphsFromSource(dsg, path));
            }
            Set<Node> touched = new HashSet<>();
            doomed.forEach(g -> PeopleSummary.collect(dsg, g, touched));
            doomed.forEach(dsg::removeGraph);
            PeopleSummary.recompute(dsg, touched);
            return doomed.size();
        });
        sentences.replace(doomed, java.util.Collections.emptyIterator());
        return n;
    }

    /**
     * Removes an article's graph and the other graphs of its source path, as a replacing write does
     * before it adds; returns them, and adds the persons they described to {@code touched}.
     */
    private static List<Node> removeArticle(DatasetGraph dsg, Node graph, String sourcePath, Set<Node> touched) {
        List<Node> removed = graphsFromSource(dsg, sourcePath);
        removed.add(graph);
        removed.forEach(g -> PeopleSummary.collect(dsg, g, touched));
        removed.forEach(dsg::removeGraph);
        return removed;
    }

    /**
     * Reclaims the space earlier transactions left behind (TDB2 keeps old versions of its trees
     * until compacted). Call with no transaction open; the store stays usable.
     */
    public void compact() {
        org.apache.jena.tdb2.DatabaseMgr.compact(datasetGraph(), true);
    }

    /**
     * Replaces the reference graphs (ontology, gazetteer) in one transaction, each only when its
     * content changed: the ontology has blank nodes, which a re-parse labels anew, so an unchanged
     * graph is recognised by its fingerprint ({@link ReferenceDigest}), or, when the store folder
     * records none, by isomorphism (ingesting twice changes nothing). {@code inputs} names what
     * {@code writer} makes the graphs from (null: unknown); when the store's graphs were made from
     * the same, the writer is not even run. Returns the number of quads written.
     */
    public long replaceReference(String inputs, Consumer<StreamRDF> writer) {
        return ReferenceGraphs.replace(dir, datasetGraph(), inputs, writer);
    }

    private static List<Node> graphsFromSource(DatasetGraph dsg, String sourcePath) {
        List<Node> out = new ArrayList<>();
        if (sourcePath == null) {
            return out;
        }
        Node path = NodeFactory.createLiteralString(sourcePath);
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Vocab.SOURCE_PATH, path);
        while (it.hasNext()) {
            Quad q = it.next();
            if (q.getGraph().equals(q.getSubject())) {
                out.add(q.getGraph());
            }
        }
        return out;
    }

    /** The source path an article graph was read from, or null when the store has no such article. */
    public String sourceOf(Node graph) {
        DatasetGraph dsg = datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Iterator<Quad> it = dsg.find(graph, graph, Vocab.SOURCE_PATH, Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
    }

    /** The number of quads in all named graphs. */
    public long size() { return count(Node.ANY, Node.ANY); }

    /** True when the store holds an article: one index lookup. */
    public boolean hasArticles() {
        DatasetGraph dsg = datasetGraph();
        return Txn.calculateRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.ARTICLE).hasNext());
    }

    /** The number of articles stored: a range of an index, as long as the articles are many. */
    public long articleCount() { return count(Vocab.TYPE, Vocab.ARTICLE); }

    private long count(Node predicate, Node object) {
        DatasetGraph dsg = datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, predicate, object);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    @Override
    public void close() {
        sentences.close();
        // Expel, not just close: a later open of the same folder in this JVM (tests, `ingest --serve`
        // after an ingest) must see the files as they are on disk, and the lock must be released.
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}
