package org.hilf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.hilf.serve.HilfServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** As a user: ingest the bundled articles, start the real server, ask over HTTP. */
class EndToEndTest {
    static HilfServer server;

    @BeforeAll
    static void ingestAndServe() { server = ServedSeeds.server(); }

    @Test
    void q1OverHttpAnswersTheStatesNatoMetIn2023() throws IOException {
        String query = Files.readString(TestFiles.QUERIES.resolve("q01-states-nato-met-2023.rq"));
        Set<String> codes = new TreeSet<>();
        try (QueryExecHTTP exec = QueryExecHTTP.service(server.sparqlUrl()).query(query).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(b -> codes.add(b.get("code").getLiteralLexicalForm()));
        }
        Set<String> expected = Set.of("JP", "KR", "AU", "NZ");
        assertTrue(codes.containsAll(expected), "missing states: " + codes);
        codes.removeAll(expected);
        codes.remove("LT"); // the host of the Vilnius summit: neither required nor wrong
        assertEquals(Set.of(), codes, "states NATO did not meet in 2023");
    }

    @Test
    void queryEndpointAlsoAnswersAtSlashQuery() {
        String url = server.sparqlUrl().replace("/sparql", "/query");
        try (QueryExecHTTP exec = QueryExecHTTP.service(url).query("ASK { ?s ?p ?o }").build()) {
            assertTrue(exec.ask());
        }
    }

    @Test
    void theEndpointIsReadOnly() throws Exception {
        String base = "http://localhost:" + server.port() + HilfServer.DATASET;
        HttpResponse<String> update = fresh().send(HttpRequest.newBuilder(URI.create(base + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x> <urn:y> <urn:z> }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() >= 400, "update must be refused, got " + update.statusCode());
        HttpResponse<String> updateAtQuery = fresh().send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x> <urn:y> <urn:z> }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(updateAtQuery.statusCode() >= 400, "update at the query endpoint must be refused");
        HttpResponse<String> upload = fresh().send(HttpRequest.newBuilder(URI.create(base + "?default"))
                .header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(upload.statusCode() >= 400, "upload must be refused, got " + upload.statusCode());
        try (QueryExecHTTP exec = QueryExecHTTP.service(server.sparqlUrl()).query("ASK { <urn:x> ?p ?o }").build()) {
            assertTrue(!exec.ask(), "nothing was written");
        }
    }

    /** A client per refused request: the server may close a connection after an error response. */
    private static HttpClient fresh() { return HttpClient.newHttpClient(); }

    @Test
    void everyEventPointsBackToItsSentence() {
        String q = "PREFIX hilf: <https://w3id.org/hilf/ontology#> "
                + "SELECT (COUNT(?e) AS ?n) { ?e a hilf:Event FILTER NOT EXISTS { ?e hilf:evidence/hilf:text ?t } }";
        try (QueryExecHTTP exec = QueryExecHTTP.service(server.sparqlUrl()).query(q).build()) {
            assertEquals(0, Integer.parseInt(exec.select().next().get("n").getLiteralLexicalForm()));
        }
    }

    /** No progress output in tests. */
    static final class Silent implements Ingestion.Listener {
        @Override
        public void started(int files) { }

        @Override
        public void done(Path file, boolean ok) { }
    }
}
