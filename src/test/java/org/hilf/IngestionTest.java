package org.hilf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.hilf.graph.Vocab;
import org.hilf.store.HilfStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestionTest {
    static Ingestion ingestion;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() { ingestion = Ingestion.standard(); }

    @Test
    void ingestingTwiceGivesTheSameTriples() {
        try (HilfStore store = HilfStore.open(dir.resolve("store"))) {
            ingestion.run(List.of(TestFiles.ARTICLES), store, new EndToEndTest.Silent());
            Set<Quad> first = quads(store);
            ingestion.run(List.of(TestFiles.ARTICLES), store, new EndToEndTest.Silent());
            Set<Quad> second = quads(store);
            assertEquals(first.size(), second.size());
            assertEquals(first, second);
            assertEquals(5, store.articleCount());
        }
    }

    @Test
    void theSingleThreadedAndParallelPathsStoreTheSame() {
        Ingestion one = new Ingestion(org.hilf.annotate.Gazetteer.load(), 50_000_000, 1);
        try (HilfStore a = HilfStore.open(dir.resolve("a")); HilfStore b = HilfStore.open(dir.resolve("b"))) {
            one.run(List.of(TestFiles.ARTICLES), a, new EndToEndTest.Silent());
            ingestion.run(List.of(TestFiles.ARTICLES), b, new EndToEndTest.Silent());
            // Two stores parse the ontology twice: its blank nodes differ, its graphs are isomorphic.
            assertEquals(withoutBlankNodes(quads(a)), withoutBlankNodes(quads(b)));
            assertTrue(Txn.calculateRead(a.datasetGraph(), () -> Txn.calculateRead(b.datasetGraph(),
                    () -> a.datasetGraph().getGraph(Vocab.ONTOLOGY_GRAPH).isIsomorphicWith(b.datasetGraph().getGraph(Vocab.ONTOLOGY_GRAPH)))));
        }
    }

    @Test
    void badFilesAreNamedAndTheGoodOneIsIngested() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(TestFiles.ARTICLES.resolve("002_4dbecf903f52230b.txt"), in.resolve("good.txt"));
        Files.write(in.resolve("corrupt.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> broken".getBytes(StandardCharsets.US_ASCII));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Files.write(in.resolve("junk.bin"), junk);
        try (HilfStore store = HilfStore.open(dir.resolve("store"))) {
            Ingestion.Result r = ingestion.run(List.of(in, dir.resolve("missing.txt")), store, new EndToEndTest.Silent());
            assertEquals(1, r.read());
            assertEquals(1, store.articleCount());
            assertEquals(4, r.failed().size(), r.failed().toString());
            assertTrue(r.failed().stream().anyMatch(f -> f.contains("corrupt.pdf") && f.contains("cannot parse")), r.failed().toString());
            assertTrue(r.failed().stream().anyMatch(f -> f.contains("empty.txt") && f.contains("empty file")), r.failed().toString());
            assertTrue(r.failed().stream().anyMatch(f -> f.contains("junk.bin")), r.failed().toString());
            assertTrue(r.failed().stream().anyMatch(f -> f.contains("missing.txt") && f.contains("no such")), r.failed().toString());
        }
    }

    @Test
    void aFailedIngestKeepsWhatWasStored() throws IOException {
        try (HilfStore store = HilfStore.open(dir.resolve("store"))) {
            ingestion.run(List.of(TestFiles.ARTICLES), store, new EndToEndTest.Silent());
            long before = store.size();
            Path bad = Files.write(dir.resolve("bad.pdf"), "%PDF-1.4 garbage".getBytes(StandardCharsets.US_ASCII));
            Ingestion.Result r = ingestion.run(List.of(bad), store, new EndToEndTest.Silent());
            assertEquals(1, r.failed().size());
            assertEquals(before, store.size());
        }
    }

    @Test
    void aChangedFileReplacesItsOlderVersion() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path f = in.resolve("a.txt");
        Files.copy(TestFiles.ARTICLES.resolve("004_f4631beb2d4bc712.txt"), f);
        try (HilfStore store = HilfStore.open(dir.resolve("store"))) {
            ingestion.run(List.of(f), store, new EndToEndTest.Silent());
            Files.writeString(f, Files.readString(f) + "\nسطر جديد.", StandardCharsets.UTF_8);
            ingestion.run(List.of(f), store, new EndToEndTest.Silent());
            assertEquals(1, store.articleCount());
        }
    }

    @Test
    void anEditedFileReplacesItsOlderVersionHoweverItIsNamed() throws Exception {
        Path in = Files.createDirectories(dir.resolve("arts"));
        Path f = Files.copy(TestFiles.ARTICLES.resolve("004_f4631beb2d4bc712.txt"), in.resolve("a.txt"));
        Path relative = Path.of("").toAbsolutePath().relativize(f);
        try (HilfStore store = HilfStore.open(dir.resolve("store"))) {
            ingestion.run(List.of(relative), store, new EndToEndTest.Silent());
            Files.writeString(f, Files.readString(f) + "\nسطر جديد.", StandardCharsets.UTF_8);
            Path link = Files.createSymbolicLink(dir.resolve("link.txt"), f);
            ingestion.run(List.of(link), store, new EndToEndTest.Silent());
            assertEquals(1, store.articleCount());
            ingestion.run(List.of(f.toAbsolutePath()), store, new EndToEndTest.Silent());
            assertEquals(1, store.articleCount());
            assertEquals(f.toRealPath().toString(), store.sourceOf(org.hilf.graph.ArticleMapper.graphOf(
                    new org.hilf.read.ArticleReader().read(f, org.hilf.read.Manifest.Entry.EMPTY))));
        }
    }

    @Test
    void deduplicationKeepsTheFirstAndSaysWhich() throws IOException {
        Path in = Files.createDirectories(dir.resolve("dup"));
        Path a = Files.copy(TestFiles.ARTICLES.resolve("004_f4631beb2d4bc712.txt"), in.resolve("a.txt"));
        Path b = Files.copy(a, in.resolve("b.txt"));
        Path c = Files.copy(a, dir.resolve("c.txt"));
        Ingestion dedupe = new Ingestion(org.hilf.annotate.Gazetteer.load(), 50_000_000, 2, Ingestion.DEFAULT_MAX_QUADS, true);
        try (HilfStore store = HilfStore.open(dir.resolve("store"))) {
            Ingestion.Result r = dedupe.run(List.of(in), store, new EndToEndTest.Silent());
            assertEquals(1, store.articleCount());
            assertEquals(List.of(b + ": the same text as " + a.toRealPath() + ", which was kept (--dedupe); not stored again"), r.warnings());
            Ingestion.Result later = dedupe.run(List.of(c), store, new EndToEndTest.Silent());
            assertEquals(1, store.articleCount());
            assertTrue(later.warnings().get(0).contains("which was kept"), later.warnings().toString());
            ingestion.run(List.of(c), store, new EndToEndTest.Silent());
            assertEquals(2, store.articleCount(), "without --dedupe, another path is another article");
        }
    }

    @Test
    void anArticleWithoutAManifestIsDatedFromItsText() throws IOException {
        Path in = Files.createDirectories(dir.resolve("bare"));
        Files.copy(TestFiles.ARTICLES.resolve("002_4dbecf903f52230b.txt"), in.resolve("a.txt"));
        try (HilfStore store = HilfStore.open(dir.resolve("store"))) {
            ingestion.run(List.of(in), store, new EndToEndTest.Silent());
            String q = "PREFIX dct: <http://purl.org/dc/terms/> PREFIX hilf: <https://w3id.org/hilf/ontology#> "
                    + "SELECT ?d ?b { ?a dct:issued ?d ; hilf:issuedBasis ?b }";
            var rows = Txn.calculateRead(store.datasetGraph(), () -> {
                List<String> out = new java.util.ArrayList<>();
                org.apache.jena.sparql.exec.QueryExec.dataset(store.datasetGraph()).query(q).select()
                        .forEachRemaining(b -> out.add(b.get("d").getLiteralLexicalForm() + " " + b.get("b").getLiteralLexicalForm()));
                return out;
            });
            assertEquals(List.of("2023-02-01 derived-from-text"), rows);
        }
    }

    static Set<Quad> withoutBlankNodes(Set<Quad> quads) {
        Set<Quad> out = new HashSet<>();
        for (Quad q : quads) {
            if (!q.getSubject().isBlank() && !q.getObject().isBlank()) {
                out.add(q);
            }
        }
        return out;
    }

    static Set<Quad> quads(HilfStore store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Set<Quad> s = new HashSet<>();
            store.datasetGraph().find().forEachRemaining(s::add);
            return s;
        });
    }
}
