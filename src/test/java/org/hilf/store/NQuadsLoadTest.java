package org.hilf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.hilf.Ingestion;
import org.hilf.TestFiles;
import org.hilf.annotate.Gazetteer;
import org.hilf.graph.ReferenceMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hilf load's three ways give the store an ingest of the same articles gives. */
class NQuadsLoadTest {
    static final Ingestion.Listener SILENT = new Ingestion.Listener() {
        @Override
        public void started(int files) { }

        @Override
        public void done(Path file, boolean ok) { }
    };
    static Ingestion ingestion;
    static Gazetteer gazetteer;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
        ingestion = Ingestion.standard();
    }

    static NQuadsLoad.Result load(HilfStore store, List<Path> files, boolean bulk) {
        return NQuadsLoad.load(store, files, bulk, o -> {
            ReferenceMapper.ontology(o);
            ReferenceMapper.gazetteer(gazetteer, o);
        }, null);
    }

    /** The articles copied to a folder of the test, ingested into a store, exported as two gzipped N-Quads files. */
    private record Fixture(Path in, HilfStore ingested, List<Path> nquads) { }

    private Fixture fixture() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (var s = Files.list(TestFiles.ARTICLES)) {
            for (Path f : s.toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        HilfStore ingested = HilfStore.open(dir.resolve("ingested"));
        ingestion.run(List.of(in), ingested, SILENT);
        // the whole store as N-Quads, reference graphs included (the loader leaves them out), in two files
        Path whole = dir.resolve("all.nq");
        try (OutputStream o = Files.newOutputStream(whole)) {
            Txn.executeRead(ingested.datasetGraph(), () -> RDFDataMgr.write(o, ingested.datasetGraph(), Lang.NQUADS));
        }
        List<String> lines = Files.readAllLines(whole, StandardCharsets.UTF_8);
        Path a = dir.resolve("part-a.nq.gz");
        Path b = dir.resolve("part-b.nq");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(a))) {
            o.write((String.join("\n", lines.subList(0, lines.size() / 2)) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.write(b, lines.subList(lines.size() / 2, lines.size()), StandardCharsets.UTF_8);
        return new Fixture(in, ingested, List.of(a, b));
    }

    @Test
    void aStoreWithNoArticleIsBulkLoadedToWhatIngestGives() throws IOException {
        Fixture f = fixture();
        try (HilfStore ingested = f.ingested(); HilfStore loaded = HilfStore.open(dir.resolve("loaded"))) {
            NQuadsLoad.Result r = load(loaded, f.nquads(), false);
            assertEquals(NQuadsLoad.Method.BULK, r.method());
            assertEquals(5, r.articles());
            assertTrue(r.ignored() > 0, "the reference graphs of the export are left out, and written anew");
            StoreQuads.assertSameGraphs(ingested, loaded);
            assertEquals(5, loaded.articleCount());
        }
    }

    @Test
    void aStoreWithArticlesHasThemReplacedEitherWay() throws IOException {
        Fixture f = fixture();
        // an older version of one file, at the same path, and the same articles: the load must replace both
        Path changed = f.in().resolve("004_f4631beb2d4bc712.txt");
        String now = Files.readString(changed, StandardCharsets.UTF_8);
        for (boolean bulk : new boolean[] {false, true}) {
            Files.writeString(changed, now + "\nسطر قديم.", StandardCharsets.UTF_8);
            try (HilfStore older = HilfStore.open(dir.resolve("older-" + bulk))) {
                ingestion.run(List.of(f.in()), older, SILENT);
                assertEquals(5, older.articleCount());
                NQuadsLoad.Result r = load(older, f.nquads(), bulk);
                assertEquals(bulk ? NQuadsLoad.Method.BULK_REPLACING : NQuadsLoad.Method.REPLACING, r.method());
                if (bulk) {
                    assertEquals(5, r.removed(), "four same graphs and the changed file's older one");
                }
                StoreQuads.assertSameGraphs(f.ingested(), older);
            }
            Files.writeString(changed, now, StandardCharsets.UTF_8);
        }
        f.ingested().close();
    }
}
