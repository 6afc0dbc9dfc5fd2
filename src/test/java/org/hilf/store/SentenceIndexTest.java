package org.hilf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.hilf.TestFiles;
import org.hilf.graph.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Q12 reads its candidate sentences from the sentence index: it must find every kind of noise
 * its regular expression names (a name behind a clitic, a phrase, an address, a reference-list
 * line), in articles written by transactions and by the bulk loader, and forget an article's
 * sentences when the article is replaced or removed, and when the index is rebuilt.
 */
class SentenceIndexTest {
    static final String ID = "https://w3id.org/hilf/id/";
    static final List<String> NOISE = List.of(
            "وقال لأوربان إن الاجتماع ناجح.",           // a name behind the clitic ل
            "شاهد ايضا: زيارة الوزير",                  // a phrase of page furniture
            "Read more at https://example.org/x",     // a web address
            "[12] Smith, J. Alliances. 2020.");       // a reference-list line
    static final List<String> CLEAN = List.of(
            "التقى الوزير نظيره الياباني في طوكيو.",
            "[note] not a numbered reference",        // begins with [ but no number
            "The minister met his counterpart in Tokyo on 12 March.");

    @TempDir
    Path dir;

    /** One article graph: a person evidenced by each sentence. */
    static HilfStore.ArticleGraph article(String key, List<String> sentences) {
        Node g = NodeFactory.createURI(ID + "article/" + key);
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(g, g, Vocab.TYPE, Vocab.ARTICLE));
        for (int i = 0; i < sentences.size(); i++) {
            Node m = NodeFactory.createURI(ID + "mention/" + key + "-" + i);
            quads.add(Quad.create(g, m, Vocab.TEXT, NodeFactory.createLiteralString(sentences.get(i))));
            quads.add(Quad.create(g, NodeFactory.createURI(ID + "person/p" + i), Vocab.EVIDENCE, m));
        }
        return new HilfStore.ArticleGraph(g, "/articles/" + key, quads);
    }

    static Set<String> q12(HilfStore store) throws IOException {
        String q = Files.readString(TestFiles.QUERIES.resolve("q12-noise-is-not-fact.rq"));
        Set<String> texts = new TreeSet<>();
        Txn.executeRead(store.datasetGraph(), () -> {
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(QueryFactory.create(q)).build()) {
                exec.select().forEachRemaining(b -> texts.add(b.get("text").getLiteralLexicalForm()));
            }
        });
        return texts;
    }

    @Test
    void transactionsAddReplaceAndRemove() throws IOException {
        try (HilfStore store = HilfStore.open(dir.resolve("s"))) {
            store.replaceArticles(List.of(article("a", NOISE), article("b", CLEAN)));
            assertEquals(new TreeSet<>(NOISE), q12(store));
            store.replaceArticles(List.of(article("a", CLEAN.subList(0, 1))));
            assertEquals(Set.of(), q12(store), "the replaced article's sentences are gone");
            store.replaceArticles(List.of(article("c", NOISE.subList(0, 2))));
            store.removeArticles(List.of(NodeFactory.createURI(ID + "article/c")), List.of());
            assertEquals(Set.of(), q12(store), "the removed article's sentences are gone");
        }
    }

    @Test
    void bulkLoadAndRebuild() throws IOException {
        Path s = dir.resolve("s");
        try (HilfStore store = HilfStore.open(s); BulkLoad load = BulkLoad.start(store, null)) {
            for (HilfStore.ArticleGraph a : List.of(article("a", NOISE), article("b", CLEAN))) {
                a.quads().forEach(load.stream()::quad);
            }
            load.finish();
            assertEquals(new TreeSet<>(NOISE), q12(store));
        }
        // an index left stale (a crash between the store's commit and the index's) is rebuilt on open
        Files.writeString(s.resolve(SentenceIndex.STALE), "");
        try (HilfStore store = HilfStore.open(s)) {
            assertEquals(new TreeSet<>(NOISE), q12(store));
        }
    }
}
