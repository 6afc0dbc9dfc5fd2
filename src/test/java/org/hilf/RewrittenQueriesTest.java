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
 * its earlier form gave: the earlier forms are kept in src/test/resources/queries-unrewritten/.
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

    private static List<String> sorted(List<Map<String, String>> rows) {
        return rows.stream().map(r -> new TreeMap<>(r).toString()).sorted().toList();
    }
}
