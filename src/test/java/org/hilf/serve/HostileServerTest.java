package org.hilf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The endpoint as an adversary tries it: SSRF, dumps, slow expressions, huge answers, no password. */
class HostileServerTest {
    /** 300 triples in the default graph, one of them with a secret to look for in dumps. */
    static DatasetGraph data() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < 300; i++) {
            dsg.add(Quad.defaultGraphIRI, NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"),
                    NodeFactory.createLiteralString(i == 0 ? "secret-value" : "v" + i));
        }
        return dsg;
    }

    HilfServer server;

    HilfServer start(long timeoutMs, long maxResults, HilfServer.Credentials auth) {
        server = HilfServer.start(data(), new HilfServer.Settings("127.0.0.1", 0, timeoutMs, maxResults, auth));
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    static HttpResponse<String> get(String url, String... header) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i < header.length; i += 2) {
            b.header(header[i], header[i + 1]);
        }
        return HttpClient.newHttpClient().send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> ask(HilfServer s, String query, String... header) throws Exception {
        String[] h = new String[header.length + 2];
        h[0] = "Accept";
        h[1] = "application/sparql-results+json";
        System.arraycopy(header, 0, h, 2, header.length);
        return get(s.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), h);
    }

    @Test
    void serviceSendsNoRequestAndTellsOpenFromClosedPortsApartByNothing() throws Exception {
        start(30_000, 1000, null);
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        try (ServerSocket listener = new ServerSocket(0)) {
            listener.setSoTimeout(1500);
            String q = "SELECT * { SERVICE <http://127.0.0.1:%d/sparql> { ?s ?p ?o } }";
            HttpResponse<String> open = ask(server, q.formatted(listener.getLocalPort()));
            HttpResponse<String> closed = ask(server, q.formatted(closedPort));
            assertTrue(open.statusCode() >= 400, "SERVICE must be refused, got " + open.statusCode() + " " + open.body());
            assertEquals(open.statusCode(), closed.statusCode());
            assertEquals(open.body().replace("" + listener.getLocalPort(), "PORT"), closed.body().replace("" + closedPort, "PORT"));
            try {
                listener.accept().close();
                throw new AssertionError("the server connected to the SERVICE address");
            } catch (SocketTimeoutException expected) {
                // no request left the server
            }
        }
    }

    @Test
    void thereIsNoRouteThatDumpsTheDataset() throws Exception {
        start(30_000, 1000, null);
        String base = "http://localhost:" + server.port();
        for (String path : new String[] {"/hilf", "/hilf/", "/hilf/data", "/hilf/get", "/hilf?default", "/hilf/data?default",
                "/hilf?graph=urn:x", "/$/datasets", "/$/server", "/$/stats", "/$/backup/hilf", "/$/compact/hilf"}) {
            HttpResponse<String> r = get(base + path, "Accept", "application/n-quads");
            assertTrue(r.statusCode() >= 400, path + " answered " + r.statusCode());
            assertFalse(r.body().contains("secret-value"), path + " served data");
        }
        assertEquals(200, ask(server, "ASK { ?s ?p \"secret-value\" }").statusCode(), "the query service answers");
    }

    @Test
    void oneBacktrackingRegexIsStoppedByTheTimeoutWithAnErrorStatus() throws Exception {
        start(1000, 1000, null);
        for (String q : new String[] {
                "SELECT * { BIND(\"" + "a".repeat(40) + "!\" AS ?x) FILTER REGEX(?x, \"(.*a){20}$\") }",
                "SELECT ?y { ?s ?p \"secret-value\" BIND(REPLACE(\"" + "a".repeat(40) + "!\", \"(.*a){20}$\", \"b\") AS ?y) }",
                "ASK { ?s ?p ?o FILTER EXISTS { BIND(\"" + "a".repeat(40) + "!\" AS ?x) FILTER REGEX(?x, \"(.*a){20}$\") } }",
                "SELECT * { { SELECT (REPLACE(\"" + "a".repeat(40) + "!\", \"(.*a){20}$\", \"b\") AS ?y) {} } }",
                "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT * { ?s ?p ?o FILTER fn:matches(CONCAT(?o, \""
                        + "a".repeat(40) + "!\"), \"(.*a){20}$\") }"}) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = ask(server, q);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(seconds < 15, "a 1 s timeout took " + seconds + " s: " + q);
            assertEquals(503, r.statusCode(), q + " → " + r.body());
        }
        assertEquals(200, ask(server, "ASK { ?s ?p ?o FILTER REGEX(?o, \"^secret\") }").statusCode());
        assertTrue(ask(server, "ASK { ?s ?p ?o FILTER REGEX(?o, \"^secret\") }").body().contains("true"));
    }

    @Test
    void aSelectThatTimesOutAfterItsFirstRowsIsAnErrorNotATruncatedAnswer() throws Exception {
        start(1000, 10_000_000, null);
        // The first branch answers at once; the second grinds through 300^3 rows and keeps none.
        String q = "SELECT * { { ?s ?p ?o } UNION { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(CONCAT(?c, ?f, ?i) = \"never\") } }";
        HttpResponse<String> r = ask(server, q);
        assertEquals(503, r.statusCode(), r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
    }

    @Test
    void anAnswerLargerThanTheLimitIsRefusedAndOneWithinItIsWhole() throws Exception {
        start(30_000, 100, null);
        HttpResponse<String> big = ask(server, "SELECT * { ?s ?p ?o }");
        assertEquals(400, big.statusCode());
        assertTrue(big.body().contains("more than 100 results"), big.body());
        HttpResponse<String> construct = get(server.sparqlUrl() + "?query="
                + URLEncoder.encode("CONSTRUCT WHERE { ?s ?p ?o }", StandardCharsets.UTF_8), "Accept", "text/turtle");
        assertEquals(400, construct.statusCode());
        HttpResponse<String> limited = ask(server, "SELECT * { ?s ?p ?o } LIMIT 100");
        assertEquals(200, limited.statusCode());
        assertEquals(100, limited.body().split("\"s\"\\s*:").length - 1, "100 rows");
        HttpResponse<String> turtle = get(server.sparqlUrl() + "?query="
                + URLEncoder.encode("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 50", StandardCharsets.UTF_8), "Accept", "text/turtle");
        assertEquals(200, turtle.statusCode());
    }

    @Test
    void withAuthEveryRequestNeedsTheUserAndPassword() throws Exception {
        start(30_000, 1000, new HilfServer.Credentials("ana", "s3cret pass"));
        String q = "ASK { ?s ?p ?o }";
        assertEquals(401, ask(server, q).statusCode());
        assertEquals(401, ask(server, q, "Authorization", basic("ana", "wrong")).statusCode());
        assertEquals(401, ask(server, q, "Authorization", basic("bob", "s3cret pass")).statusCode());
        HttpResponse<String> ok = ask(server, q, "Authorization", basic("ana", "s3cret pass"));
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("true"));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theUrlNamesTheHostTheServerListensOn() {
        start(30_000, 1000, null);
        assertTrue(server.sparqlUrl().startsWith("http://localhost:" + server.port() + "/hilf/sparql"));
        assertTrue(HilfServer.isLoopback("127.0.0.1") && HilfServer.isLoopback("::1") && HilfServer.isLoopback("localhost"));
        assertFalse(HilfServer.isLoopback("0.0.0.0"));
    }
}
