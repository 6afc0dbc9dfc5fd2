package org.hilf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every query of queries/ that was rewritten for speed gives, on the bundled articles, the answer
 * its earlier form gave, and again after a changed article was re-ingested: the earlier forms are
 * kept in src/test/resources/queries-unrewritten/.
 * Rows are compared as sorted lists of their values, so that rows tied under ORDER BY may come in
 * another order.
 */
class RewrittenQueriesTest {
    static final Path UNREWRITTEN = Path.of("src/test/resources/queries-unrewritten");

    static Stream<String> files() throws IOException {
        try (Stream<Path> s = Files.list(UNREWRITTEN)) {
            return s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void sameAnswerAsBefore(String file) throws IOException {
        String endpoint = ServedSeeds.server().sparqlUrl();
        List<String> before = sorted(SparqlRows.select(endpoint, Files.readString(UNREWRITTEN.resolve(file))));
        List<String> now = sorted(SparqlRows.ask(endpoint, file));
        assertEquals(before, now, file);
    }

    /**
     * The same after one article was re-ingested changed: its graph replaced, and the people
     * summary of the persons it named, before and after, recomputed (the people query reads it).
     */
    @ParameterizedTest
    @MethodSource("files")
    void sameAnswerAfterAChangedArticleIsReingested(String file) throws IOException {
        var dsg = ChangedSeeds.store().datasetGraph();
        List<String> before = sorted(SparqlRows.select(dsg, Files.readString(UNREWRITTEN.resolve(file))));
        List<String> now = sorted(SparqlRows.select(dsg, Files.readString(TestFiles.QUERIES.resolve(file))));
        assertEquals(before, now, file);
    }

    /** The bundled articles ingested, then one of them cut to its first quarter and ingested again: once per test run. */
    static final class ChangedSeeds {
        private static org.hilf.store.HilfStore store;

        static synchronized org.hilf.store.HilfStore store() throws IOException {
            if (store == null) {
                Path dir = TestFiles.tempDir("hilf-changed");
                Path in = Files.createDirectories(dir.resolve("in"));
                try (Stream<Path> s = Files.list(TestFiles.ARTICLES)) {
                    for (Path f : s.toList()) {
                        Files.copy(f, in.resolve(f.getFileName()));
                    }
                }
                store = org.hilf.store.HilfStore.open(dir.resolve("store"));
                Ingestion ingestion = Ingestion.standard();
                ingestion.run(List.of(in), store, new EndToEndTest.Silent());
                Path changed = in.resolve("001_0a8a8bd5ead07c4e.txt");
                List<String> lines = Files.readAllLines(changed);
                Files.write(changed, lines.subList(0, lines.size() / 4));
                Ingestion.Result r = ingestion.run(List.of(changed), store, new EndToEndTest.Silent());
                if (r.read() != 1 || r.bulk()) {
                    throw new AssertionError("the changed article is re-ingested by a replacing write: " + r);
                }
                org.hilf.store.HilfStore s = store;
                Runtime.getRuntime().addShutdownHook(new Thread(s::close));
            }
            return store;
        }
    }

    private static List<String> sorted(List<Map<String, String>> rows) {
        return rows.stream().map(r -> new TreeMap<>(r).toString()).sorted().toList();
    }
}
