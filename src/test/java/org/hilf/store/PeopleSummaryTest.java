package org.hilf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.hilf.Ingestion;
import org.hilf.TestFiles;
import org.hilf.graph.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The people summary follows every write path: after a bulk ingest, a re-ingest of a changed
 * article, a removal, and in a store written without it, it is what a rebuild from the article
 * graphs makes, and its counts are the evidence the article graphs hold.
 */
class PeopleSummaryTest {
    static Ingestion ingestion;

    @TempDir
    Path dir;

    @BeforeAll
    static void pipeline() { ingestion = Ingestion.standard(); }

    /** The bundled articles copied to a folder of the test. */
    private Path articles() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (var s = Files.list(TestFiles.ARTICLES)) {
            for (Path f : s.toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        return in;
    }

    static Set<Triple> summary(HilfStore store) {
        return Txn.calculateRead(store.datasetGraph(), () -> new HashSet<>(store.datasetGraph().getGraph(Vocab.PEOPLE_GRAPH).find().toList()));
    }

    /** Each person's count, as the article graphs give it: distinct evidence of everything typed hilf:Person. */
    static Map<String, Integer> countedFromArticles(HilfStore store) {
        String q = """
                PREFIX hilf: <https://w3id.org/hilf/ontology#>
                SELECT ?p (COUNT(DISTINCT ?m) AS ?n) WHERE { ?p a hilf:Person ; hilf:evidence ?m } GROUP BY ?p""";
        return counts(store, q);
    }

    static Map<String, Integer> countedInSummary(HilfStore store) {
        String q = """
                PREFIX hilf: <https://w3id.org/hilf/ontology#>
                SELECT ?p ?n WHERE { GRAPH <https://w3id.org/hilf/graph/people> { ?p hilf:mentionCount ?n } }""";
        return counts(store, q);
    }

    private static Map<String, Integer> counts(HilfStore store, String query) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Map<String, Integer> out = new HashMap<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.put(s.getResource("p").getURI(), s.getLiteral("n").getInt());
                }
            }
            return out;
        });
    }

    /** The summary is what a rebuild makes of the store, and counts what the article graphs hold. */
    static void assertUpToDate(HilfStore store) {
        Set<Triple> kept = summary(store);
        assertFalse(kept.isEmpty(), "a store with articles that name people has a summary");
        assertEquals(countedFromArticles(store), countedInSummary(store));
        Txn.executeWrite(store.datasetGraph(), () -> PeopleSummary.rebuild(store.datasetGraph()));
        assertEquals(summary(store), kept, "the summary kept by the writes is the one a rebuild makes");
    }

    @Test
    void aBulkIngestAndAReingestOfAChangedArticleKeepItUpToDate() throws IOException {
        Path in = articles();
        try (HilfStore store = HilfStore.open(dir.resolve("store"))) {
            Ingestion.Result first = ingestion.run(List.of(in), store, new Silent());
            assertTrue(first.bulk(), "an empty store is bulk loaded");
            assertUpToDate(store);
            Map<String, Integer> before = countedInSummary(store);

            // the article shrinks to its first lines: the persons of the rest lose its evidence
            Path changed = in.resolve("001_0a8a8bd5ead07c4e.txt");
            List<String> lines = Files.readAllLines(changed, StandardCharsets.UTF_8);
            Files.write(changed, lines.subList(0, lines.size() / 4), StandardCharsets.UTF_8);
            Ingestion.Result second = ingestion.run(List.of(changed), store, new Silent());
            assertFalse(second.bulk(), "a store with articles gets replacing transactions");
            assertEquals(5, store.articleCount());
            assertUpToDate(store);
            assertNotEquals(before, countedInSummary(store), "the re-ingest changed some person's evidence");
        }
    }

    @Test
    void aRemovedArticleTakesItsEvidenceAlong() throws IOException {
        Path in = articles();
        try (HilfStore store = HilfStore.open(dir.resolve("store"))) {
            ingestion.run(List.of(in), store, new Silent());
            Map<String, Integer> before = countedInSummary(store);
            String path = in.resolve("002_4dbecf903f52230b.txt").toRealPath().toString();
            assertEquals(1, store.removeArticles(List.of(), List.of(path)));
            assertUpToDate(store);
            assertNotEquals(before, countedInSummary(store));
        }
    }

    @Test
    void aStoreWrittenWithoutItGetsItWhenOpened() throws IOException {
        Path in = articles();
        Set<Triple> written;
        try (HilfStore store = HilfStore.open(dir.resolve("store"))) {
            ingestion.run(List.of(in), store, new Silent());
            written = summary(store);
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().removeGraph(Vocab.PEOPLE_GRAPH));
            assertTrue(summary(store).isEmpty());
        }
        try (HilfStore store = HilfStore.open(dir.resolve("store"))) {
            assertEquals(written, summary(store));
        }
    }

    @Test
    void itHoldsOnlyPersonsWithEvidenceAndTheNamesOfTheirAffiliations() throws IOException {
        try (HilfStore store = HilfStore.open(dir.resolve("store"))) {
            ingestion.run(List.of(articles()), store, new Silent());
            Set<Triple> s = summary(store);
            Set<Node> persons = new HashSet<>();
            s.stream().filter(t -> t.getPredicate().equals(Vocab.MENTION_COUNT)).forEach(t -> persons.add(t.getSubject()));
            for (Triple t : s) {
                boolean affiliation = s.stream().anyMatch(x -> x.getPredicate().equals(Vocab.AFFILIATION) && x.getObject().equals(t.getSubject()));
                assertTrue(persons.contains(t.getSubject()) || affiliation && t.getPredicate().equals(Vocab.LABEL),
                        "neither a summarised person nor a label of an affiliation: " + t);
            }
        }
    }

    static final class Silent implements Ingestion.Listener {
        @Override
        public void started(int files) { }

        @Override
        public void done(Path file, boolean ok) { }
    }
}
