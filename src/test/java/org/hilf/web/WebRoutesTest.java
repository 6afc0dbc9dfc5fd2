package org.hilf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.hilf.serve.HilfServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web interface's routes over HTTP, without a browser: content negotiation, search, the JSON the pictures draw. */
class WebRoutesTest {
    static final String NATO = "https://w3id.org/hilf/id/org/nato";
    static final String IP4 = "https://w3id.org/hilf/id/org/ip4";
    static HilfServer server;

    @BeforeAll
    static void start() { server = WebSeeds.server(); }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonObject json(String path) throws Exception {
        HttpResponse<String> r = get(path, null);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.parse(r.body());
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test
    void theRootIsTheEditorWithAStrictPolicy() throws Exception {
        HttpResponse<String> r = get("/", "text/html");
        assertEquals(200, r.statusCode());
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-eval"), csp);
        assertFalse(csp.replaceAll("style-src[^;]*", "").contains("unsafe-inline"), "no inline script: " + csp);
        assertTrue(r.body().contains("Q1: Which states did NATO meet in 2023?"), "the queries are offered by their question");
        assertFalse(r.body().matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "every script is a file");
        assertFalse(r.body().contains("http://") && r.body().contains("<script src=\"http"), "no script from elsewhere");
    }

    @Test
    void anEntityAnswersTurtleJsonLdOrHtmlByAccept() throws Exception {
        HttpResponse<String> ttl = get("/id/org/nato", "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel().read(new StringReader(ttl.body()), null, "TURTLE");
        assertTrue(m.contains(m.createResource(NATO), RDFS.label, m.createLiteral("North Atlantic Treaty Organization", "en")));

        HttpResponse<String> jsonld = get("/id/org/nato", "application/ld+json");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Model m2 = ModelFactory.createDefaultModel().read(new StringReader(jsonld.body()), null, "JSON-LD");
        assertTrue(m2.isIsomorphicWith(m), "the same triples in JSON-LD");

        HttpResponse<String> html = get("/id/org/nato", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("North Atlantic Treaty Organization"));
        assertEquals("Accept", html.headers().firstValue("Vary").orElse(""));
        assertTrue(get("/id/org/nato?format=turtle", "text/html").body().contains("rdfs:label"));
        assertEquals(404, get("/id/org/no-such-thing", "text/html").statusCode());
        assertEquals(404, get("/id/org/no-such-thing", "text/turtle").statusCode());
    }

    @Test
    void theSearchFoldsArabicAsTheAnnotatorDoes() throws Exception {
        // without hamza, with a shadda, with tatweel, in Latin letters: all NATO
        for (String q : List.of("حلف شمال الاطلسي", "النّاتو", "النـاتو", "nato")) {
            JsonValue first = json("/api/search?q=" + enc(q)).get("hits").getAsArray().get(0);
            assertEquals(NATO, first.getAsObject().get("iri").getAsString().value(), q);
        }
        assertTrue(get("/search?q=" + enc("اليابان"), null).body().contains("/id/state/JP"));
        assertEquals(0, json("/api/search?q=" + enc("xqzw")).get("hits").getAsArray().size());
    }

    @Test
    void theTimelineAnswersNatosMeetingsWithAsianPartners() throws Exception {
        JsonObject t = json("/api/timeline?iri=" + enc(NATO) + "&kind=meeting&with=" + enc(IP4) + "&from=2022&to=2025");
        List<String> years = new ArrayList<>();
        boolean planned = false;
        for (JsonValue v : t.get("items").getAsArray()) {
            JsonObject it = v.getAsObject();
            years.add(it.get("start").getAsString().value().substring(0, 4));
            planned |= it.get("planned").getAsBoolean().value();
            assertTrue(it.get("path").getAsString().value().startsWith("/id/event/"));
        }
        assertTrue(years.size() >= 5, years.toString());
        assertTrue(years.stream().allMatch(y -> y.compareTo("2022") >= 0 && y.compareTo("2025") <= 0), years.toString());
        assertTrue(planned, "the announced meeting with Ishiba is there, as planned");
    }

    @Test
    void theGraphOfNatoHasEventsAndLabelledEdges() throws Exception {
        JsonObject g = json("/api/graph?iri=" + enc(NATO));
        assertTrue(g.get("nodes").getAsArray().stream().anyMatch(n -> n.getAsObject().get("kind").getAsString().value().equals("summit")));
        assertTrue(g.get("edges").getAsArray().stream().anyMatch(e -> e.getAsObject().get("label").getAsString().value()
                .equals("participant") && e.getAsObject().get("target").getAsString().value().equals(NATO)));
        assertEquals(400, get("/api/graph?iri=" + enc("http://example.org/x"), null).statusCode(), "only the id namespace");
    }

    @Test
    void onlyTheNamedLibrariesAreServedAndNothingIsWritten() throws Exception {
        assertEquals(200, get("/assets/lib/yasgui.js", null).statusCode());
        assertEquals(200, get("/assets/hilf/entity.js", null).statusCode());
        int escape = get("/assets/lib/../../org/hilf/web/Html.class", null).statusCode();
        assertTrue(escape == 400 || escape == 404, "no way out of the named files: " + escape);
        assertEquals(404, get("/assets/hilf/simplelogger.properties", null).statusCode());
        HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + "/id/org/nato")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode(), "the pages take no writes");
    }
}
