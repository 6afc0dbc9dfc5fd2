package org.hilf.store;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.hilf.graph.Vocab;
import org.hilf.read.Shown;

/**
 * A jena-text (Lucene) index of the store's sentences ({@code hilf:text} of every mention), so
 * that a query can find sentences by their words with {@code text:query} instead of testing a
 * regular expression on every sentence of the store:
 * {@code ?mention text:query (hilf:text '*أوربان* OR *http*' 100000)}.
 *
 * <p>Words are indexed as the standard tokenizer splits them, lower-cased, neither stemmed nor
 * normalised: a name is found as it is written (a leading wildcard finds it behind a clitic). A
 * sentence that begins with {@code [} also carries the token {@value #BRACKET_START}, so that a
 * reference-list line ({@code [12] …}) can be found, which no word of it says.
 *
 * <p>The index is kept beside the store in {@code STORE/sentences} and follows the store's
 * writes: {@link HilfStore} removes the documents of every graph it removes and adds those of the
 * graphs it writes, after each transaction commits. A marker file is written before such a write
 * and removed after the index commits: a store opened with the marker present (a crash between
 * the two commits), or with no index at all (a store made before the index existed), has its
 * index rebuilt from the store. The index only narrows the candidates: queries read the sentence
 * from the store again, so an extra document never makes a wrong answer.
 *
 * <p>Thread-safe for queries; writes are serialised by the store's writers.
 */
public final class SentenceIndex implements AutoCloseable {
    /** The token a sentence beginning with {@code [} carries first. */
    public static final String BRACKET_START = "hilfbracketstart";
    static final String FOLDER = "sentences";
    static final String STALE = "sentences-index-stale";
    private static final String URI_FIELD = "uri";
    private static final String GRAPH_FIELD = "graph";
    private static final String TEXT_FIELD = "text";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SentenceIndex.class);

    static {
        TextQuery.init(); // registers text:query with ARQ
    }

    private final TextIndexLucene index;
    private final EntityDefinition definition;
    private final Path staleMarker;

    private SentenceIndex(TextIndexLucene index, EntityDefinition definition, Path staleMarker) {
        this.index = index;
        this.definition = definition;
        this.staleMarker = staleMarker;
    }

    /**
     * Opens the index of the store in {@code storeDir} and makes it the one {@code text:query}
     * uses on {@code dsg}; rebuilds it from the store when it is missing or was left stale.
     */
    static SentenceIndex open(Path storeDir, DatasetGraph dsg) {
        Path folder = storeDir.resolve(FOLDER);
        boolean fresh = !Files.isDirectory(folder);
        EntityDefinition def = new EntityDefinition(URI_FIELD, TEXT_FIELD, Vocab.TEXT);
        def.setGraphField(GRAPH_FIELD);
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new SentenceAnalyzer());
        config.setValueStored(false);
        SentenceIndex s;
        try {
            s = new SentenceIndex(new TextIndexLucene(FSDirectory.open(folder), config), def, storeDir.resolve(STALE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the sentence index " + Shown.path(folder) + ": " + Shown.reason(e), e);
        }
        dsg.getContext().set(TextQuery.textIndex, s.index);
        if (fresh || Files.exists(s.staleMarker)) {
            s.rebuild(dsg);
        }
        return s;
    }

    /** Says a write is under way: until {@link #replace} returns, a crash leaves the index to rebuild. */
    void writing() {
        try {
            Files.writeString(staleMarker, "the sentence index may lag behind the store: it is rebuilt when the store opens\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + Shown.path(staleMarker) + ": " + Shown.reason(e), e);
        }
    }

    /** Removes the documents of {@code removed} graphs, adds those of the {@code hilf:text} quads among {@code added}, and commits. */
    void replace(Collection<Node> removed, Iterator<Quad> added) {
        try {
            for (Node g : removed) {
                index.getIndexWriter().deleteDocuments(new Term(GRAPH_FIELD, TextQueryFuncs.graphNodeToString(g)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the sentence index: " + Shown.reason(e), e);
        }
        add(added);
        commit();
    }

    /** Adds the documents of the {@code hilf:text} quads among {@code quads}, without committing (a bulk load's stream). */
    void add(Iterator<Quad> quads) {
        while (quads.hasNext()) {
            add(quads.next());
        }
    }

    /** Adds the document of one quad when it is a sentence's {@code hilf:text}; ignores any other. */
    void add(Quad q) {
        if (q.getPredicate().equals(Vocab.TEXT) && q.getObject().isLiteral() && !q.isDefaultGraph()) {
            Entity e = TextQueryFuncs.entityFromQuad(definition, q);
            if (e != null) {
                index.addEntity(e);
            }
        }
    }

    /** Commits what was added and removed, and clears the marker of a write under way. */
    void commit() {
        index.commit();
        try {
            Files.deleteIfExists(staleMarker);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + Shown.path(staleMarker) + ": " + Shown.reason(e), e);
        }
    }

    /** Drops what was added and removed since the last commit (a bulk load that did not finish); the marker stays. */
    void rollback() { index.rollback(); }

    /** Empties the index and indexes every sentence of the store again. */
    void rebuild(DatasetGraph dsg) {
        writing();
        long t0 = System.nanoTime();
        try {
            index.getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the sentence index: " + Shown.reason(e), e);
        }
        Txn.executeRead(dsg, () -> add(dsg.find(Node.ANY, Node.ANY, Vocab.TEXT, Node.ANY)));
        commit();
        LOG.info("sentence index rebuilt in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    @Override
    public void close() { index.close(); }

    /**
     * The standard tokenizer, lower-cased, no stemming, no stop words; a sentence beginning with
     * {@code [} gets {@link #BRACKET_START} as its first token.
     */
    static final class SentenceAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) { return new LowerCaseFilter(in); }

        @Override
        protected Reader initReader(String field, Reader reader) {
            PushbackReader in = new PushbackReader(reader, BRACKET_START.length() + 2);
            try {
                int first = in.read();
                if (first >= 0) {
                    in.unread(first);
                }
                if (first == '[') {
                    in.unread((BRACKET_START + " ").toCharArray());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return in;
        }
    }
}
