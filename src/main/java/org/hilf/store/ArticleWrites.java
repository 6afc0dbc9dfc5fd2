package org.hilf.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.hilf.graph.Vocab;

/**
 * Where an ingest's articles go, whole and in the order given: replacing transactions, or Jena's
 * bulk loader. Not thread-safe: one thread writes.
 */
public abstract class ArticleWrites implements AutoCloseable {
    /** Whole articles per write transaction, and at most about this many quads (the crash tests make them small). */
    static final int BATCH_ARTICLES = Integer.getInteger("hilf.batchArticles", 200);
    static final long BATCH_QUADS = 400_000;

    long quads;

    /** Writes one article, replacing its older version. */
    public abstract void write(HilfStore.ArticleGraph article);

    /** Ends the writes: everything written is in the store. */
    public abstract void finish();

    /** The source path the store held for {@code graph} when the writes began, or null. */
    public abstract String sourceOf(Node graph);

    /** True for the bulk loader. */
    public abstract boolean bulk();

    /** Quads written. */
    public long quads() { return quads; }

    @Override
    public abstract void close();

    /**
     * Replacing transactions of whole articles, in batches ({@link HilfStore#replaceArticles}):
     * an interrupted ingest keeps every batch it finished, and never half an article.
     */
    public static ArticleWrites transactional(HilfStore store) { return new Transactional(store); }

    /**
     * Jena's bulk loader ({@link BulkLoad}), for a store with no article, or with {@code --bulk}.
     * Into a store with articles, the articles read before from {@code sourcePaths} are removed
     * first, in one transaction: the bulk loader adds, it does not replace (so with --bulk a
     * file that now fails to read loses its older version).
     */
    public static ArticleWrites bulk(HilfStore store, Collection<String> sourcePaths) {
        return new Bulk(store, sourcePaths);
    }

    private static final class Transactional extends ArticleWrites {
        private final HilfStore store;
        private final List<HilfStore.ArticleGraph> batch = new ArrayList<>();
        private long batchQuads;

        Transactional(HilfStore store) { this.store = store; }

        @Override
        public void write(HilfStore.ArticleGraph article) {
            batch.add(article);
            batchQuads += article.quads().size();
            quads += article.quads().size();
            if (batch.size() >= BATCH_ARTICLES || batchQuads >= BATCH_QUADS) {
                flush();
            }
        }

        private void flush() {
            store.replaceArticles(batch);
            batch.clear();
            batchQuads = 0;
        }

        @Override
        public void finish() { flush(); }

        @Override
        public String sourceOf(Node graph) { return store.sourceOf(graph); }

        @Override
        public boolean bulk() { return false; }

        @Override
        public void close() { batch.clear(); }
    }

    private static final class Bulk extends ArticleWrites {
        private final BulkLoad load;
        /** Graph → source path of the articles stored before: the store cannot be read while the loader runs. */
        private final Map<Node, String> before = new HashMap<>();

        Bulk(HilfStore store, Collection<String> sourcePaths) {
            if (store.hasArticles()) {
                var dsg = store.datasetGraph();
                Txn.executeRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, Vocab.SOURCE_PATH, Node.ANY).forEachRemaining(q -> {
                    if (q.getGraph().equals(q.getSubject())) {
                        before.put(q.getGraph(), q.getObject().getLiteralLexicalForm());
                    }
                }));
                store.removeArticles(List.of(), sourcePaths);
                before.values().removeAll(new java.util.HashSet<>(sourcePaths));
            }
            this.load = BulkLoad.start(store, null);
        }

        @Override
        public void write(HilfStore.ArticleGraph article) {
            for (Quad q : article.quads()) {
                load.stream().quad(q);
            }
            quads += article.quads().size();
        }

        @Override
        public void finish() { load.finish(); }

        @Override
        public String sourceOf(Node graph) { return before.get(graph); }

        @Override
        public boolean bulk() { return true; }

        @Override
        public void close() { load.close(); }
    }
}
