package org.hilf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.hilf.serve.HilfServer;
import org.hilf.store.HilfStore;
import org.junit.jupiter.api.Test;

/**
 * One folder of Arabic and English articles ingests into one graph: an actor both name (Jens
 * Stoltenberg, in the Arabic seed article 002 and the English report q1 of the same trip) is one
 * resource, with evidence from both articles and labels in both languages.
 */
class MixedLanguagesTest {
    @Test
    void anActorNamedInBothLanguagesIsOneResource() throws IOException {
        Path dir = TestFiles.tempDir("hilf-mixed");
        Path articles = Files.createDirectories(dir.resolve("articles"));
        String arabic = "002_4dbecf903f52230b.txt";
        Files.copy(TestFiles.ARTICLES.resolve(arabic), articles.resolve(arabic));
        Files.copy(EnglishSeedQuestionsTest.ARTICLES.resolve("q1.txt"), articles.resolve("q1.txt"));
        Files.writeString(articles.resolve("META.tsv"), "file\tlanguage\tpublished\n" + arabic + "\tar\t2023-02-01\nq1.txt\ten\t2023-02-01\n");
        try (HilfStore store = HilfStore.open(dir.resolve("store"))) {
            Ingestion.Result r = Ingestion.standard().run(List.of(articles), store, new EndToEndTest.Silent());
            assertEquals(2, r.read(), r.failed().toString());
            String q = "PREFIX hilf: <https://w3id.org/hilf/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT (COUNT(DISTINCT ?lang) AS ?langs) (COUNT(DISTINCT ?label) AS ?labels) WHERE { "
                    + "<https://w3id.org/hilf/id/person/jens-stoltenberg> hilf:evidence/hilf:article ?a . "
                    + "?a <http://purl.org/dc/terms/language> ?lang . "
                    + "<https://w3id.org/hilf/id/person/jens-stoltenberg> rdfs:label ?label }";
            try (HilfServer server = HilfServer.start(store.datasetGraph(), "127.0.0.1", 0, 30_000)) {
                assertEquals(2, number(server, q, "langs"), "named in an Arabic and an English article");
                assertTrue(number(server, q, "labels") >= 2, "labelled @en and @ar");
                String people = "PREFIX hilf: <https://w3id.org/hilf/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                        + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a hilf:Person ; rdfs:label ?l FILTER(str(?l) = \"Jens Stoltenberg\") }";
                assertEquals(1, number(server, people, "n"), "one resource, not one per language");
            }
        }
    }

    private static int number(HilfServer server, String query, String var) {
        try (QueryExecHTTP exec = QueryExecHTTP.service(server.sparqlUrl()).query(query).build()) {
            return ((Number) exec.select().next().get(org.apache.jena.sparql.core.Var.alloc(var)).getLiteralValue()).intValue();
        }
    }
}
