package org.hilf.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.hilf.graph.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk load that never finished: an empty store is emptied again on open, one with articles is refused. */
class InterruptedBulkLoadTest {
    @TempDir
    Path dir;

    static final Quad ARTICLE = new Quad(Vocab.iri(Vocab.ID + "article/a"), Vocab.iri(Vocab.ID + "article/a"),
            Vocab.TYPE, Vocab.ARTICLE);

    @Test
    void aBulkLoadIntoAnEmptyStoreThatStoppedIsUndoneOnOpen() {
        Path store = dir.resolve("store");
        try (HilfStore s = HilfStore.open(store)) {
            BulkLoad b = BulkLoad.start(s, null);
            b.stream().quad(ARTICLE);
            // no finish(): as if killed (close() would only give the store back)
            assertTrue(Files.exists(store.resolve(BulkLoad.MARKER)));
            b.close();
        }
        try (HilfStore s = HilfStore.open(store)) {
            assertFalse(s.hasArticles(), "the half-loaded articles are gone");
            assertFalse(Files.exists(store.resolve(BulkLoad.MARKER)));
        }
    }

    @Test
    void aBulkLoadIntoAStoreWithArticlesThatStoppedIsNamedOnOpen() {
        Path store = dir.resolve("store");
        try (HilfStore s = HilfStore.open(store)) {
            s.replaceArticles(List.of(new HilfStore.ArticleGraph(ARTICLE.getGraph(), "a.txt", List.of(ARTICLE))));
            BulkLoad b = BulkLoad.start(s, null);
            b.stream().quad(new Quad(NodeFactory.createURI(Vocab.ID + "article/b"), ARTICLE.asTriple()));
            b.close();
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> HilfStore.open(store).close());
        assertTrue(e.getMessage().contains("interrupted bulk load") && e.getMessage().contains(store.toString()), e.getMessage());
    }

    @Test
    void aFinishedBulkLoadLeavesNoMarker() {
        Path store = dir.resolve("store");
        try (HilfStore s = HilfStore.open(store); BulkLoad b = BulkLoad.start(s, null)) {
            b.stream().quad(ARTICLE);
            b.finish();
            assertFalse(Files.exists(store.resolve(BulkLoad.MARKER)));
        }
        try (HilfStore s = HilfStore.open(store)) {
            assertTrue(s.hasArticles());
        }
    }

    @Test
    void aBulkLoadCutWhereItsIndexesCannotBeOpenedIsUndoneToo() throws Exception {
        // a kill between the two files of a B+tree (its nodes empty, its records not): TDB2 refuses to open the store
        Path store = dir.resolve("store");
        try (HilfStore s = HilfStore.open(store)) {
            BulkLoad b = BulkLoad.start(s, null);
            b.stream().quad(ARTICLE);
            b.close();
        }
        try (var files = Files.walk(store)) {
            for (Path p : files.filter(p -> p.getFileName().toString().equals("SPO.idn")).toList()) {
                Files.write(p, new byte[0]);
            }
        }
        try (HilfStore s = HilfStore.open(store)) {
            assertFalse(s.hasArticles());
            assertFalse(Files.exists(store.resolve(BulkLoad.MARKER)));
        }
    }
}
