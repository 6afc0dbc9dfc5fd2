package org.hilf.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.hilf.graph.Vocab;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The read-only JSON routes the pages use beside the SPARQL endpoint, all GET:
 * <ul>
 *   <li>{@code /api/search?q=} actors by label (see {@link ActorIndex});</li>
 *   <li>{@code /api/graph?iri=} a resource's neighbourhood (see {@link Neighbourhood});</li>
 *   <li>{@code /api/timeline?iri=&kind=&with=&from=&to=} an actor's events in time (see {@link Timeline});</li>
 *   <li>{@code /api/examples} the bundled queries by their question (see {@link Examples});</li>
 *   <li>{@code /api/vocabulary} prefixes, classes and properties for the editor's autocompletion.</li>
 * </ul>
 * Only IRIs of the id namespace are answered; anything else is a 400. Nothing here writes.
 */
final class ApiServlet extends HttpServlet {
    private final transient DatasetGraph dsg;
    private final transient ActorIndex index;

    /** The prefixes the queries of queries/ use, offered by the editor's prefix completion. */
    static final Map<String, String> PREFIXES = new java.util.LinkedHashMap<>();

    static {
        PREFIXES.put("hilf", Vocab.HILF);
        PREFIXES.put("id", Vocab.ID);
        PREFIXES.put("rdf", Vocab.RDF);
        PREFIXES.put("rdfs", Vocab.RDFS);
        PREFIXES.put("owl", Vocab.OWL);
        PREFIXES.put("xsd", Vocab.XSD);
        PREFIXES.put("skos", Vocab.SKOS);
        PREFIXES.put("dcterms", Vocab.DCT);
        PREFIXES.put("schema", Vocab.SCHEMA);
        PREFIXES.put("wd", Vocab.WD);
        PREFIXES.put("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
        PREFIXES.put("prov", "http://www.w3.org/ns/prov#");
    }

    ApiServlet(DatasetGraph dsg, ActorIndex index) {
        this.dsg = dsg;
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String route = req.getPathInfo() == null ? "" : req.getPathInfo();
        switch (route) {
            case "/search" -> json(resp, () -> search(req.getParameter("q")));
            case "/graph" -> withIri(req, resp, iri -> json(resp, () -> Txn.calculateRead(dsg, () -> graph(iri))));
            case "/timeline" -> withIri(req, resp, iri -> json(resp, () -> Txn.calculateRead(dsg,
                    () -> timeline(iri, filter(req)))));
            case "/examples" -> json(resp, ApiServlet::examples);
            case "/vocabulary" -> json(resp, () -> Txn.calculateRead(dsg, this::vocabulary));
            default -> error(resp, HttpServletResponse.SC_NOT_FOUND, "no such route: /api" + route);
        }
    }

    private interface IoConsumer { void accept(Node n) throws IOException; }

    private static void withIri(HttpServletRequest req, HttpServletResponse resp, IoConsumer then) throws IOException {
        Node iri = iri(req.getParameter("iri"));
        if (iri == null) {
            error(resp, HttpServletResponse.SC_BAD_REQUEST, "iri must be an IRI of " + Vocab.ID);
            return;
        }
        then.accept(iri);
    }

    /** An IRI of the id namespace, or null: the routes describe nothing else. */
    static Node iri(String s) {
        if (s == null || !s.startsWith(Vocab.ID) || s.length() > 2000 || !s.matches("[^\\s<>\"{}|\\\\^`]+")) {
            return null;
        }
        return NodeFactory.createURI(s);
    }

    static Timeline.Filter filter(HttpServletRequest req) {
        return new Timeline.Filter(req.getParameter("kind"), iri(req.getParameter("with")),
                year(req.getParameter("from")), year(req.getParameter("to")));
    }

    static Integer year(String s) {
        return s != null && s.matches("\\d{1,4}") ? Integer.valueOf(s) : null;
    }

    private JsonObject search(String q) {
        JsonArray hits = new JsonArray();
        for (ActorIndex.Hit h : index.search(q, 20)) {
            JsonObject o = new JsonObject();
            o.put("iri", h.iri().getURI());
            o.put("path", Look.path(h.iri()));
            o.put("name", h.name());
            o.put("nameAr", h.nameAr() == null ? "" : h.nameAr());
            o.put("kind", h.kind());
            o.put("matched", h.matched());
            hits.add(o);
        }
        JsonObject out = new JsonObject();
        out.put("hits", hits);
        return out;
    }

    private JsonObject graph(Node iri) {
        Neighbourhood.Result r = Neighbourhood.of(dsg, iri);
        JsonArray nodes = new JsonArray();
        for (Neighbourhood.GNode n : r.nodes()) {
            JsonObject o = new JsonObject();
            o.put("id", n.iri().toString());
            o.put("label", n.label());
            o.put("kind", n.kind());
            o.put("path", n.path() == null ? "" : n.path());
            o.put("planned", n.planned());
            nodes.add(o);
        }
        JsonArray edges = new JsonArray();
        for (Neighbourhood.Edge e : r.edges()) {
            JsonObject o = new JsonObject();
            o.put("source", e.source().toString());
            o.put("target", e.target().toString());
            o.put("label", e.label());
            edges.add(o);
        }
        JsonObject out = new JsonObject();
        out.put("nodes", nodes);
        out.put("edges", edges);
        out.put("leftOut", r.leftOut());
        return out;
    }

    private JsonObject timeline(Node iri, Timeline.Filter f) {
        Timeline.Result r = Timeline.items(dsg, iri, f);
        JsonArray items = new JsonArray();
        for (Timeline.Item it : r.items()) {
            JsonObject o = new JsonObject();
            o.put("id", it.event().getURI());
            o.put("start", it.start().toString());
            o.put("end", it.end().toString());
            o.put("precision", it.precision());
            o.put("label", it.label());
            o.put("kind", it.kind());
            o.put("planned", it.planned());
            o.put("path", it.path() == null ? "" : it.path());
            items.add(o);
        }
        JsonObject out = new JsonObject();
        out.put("items", items);
        out.put("undated", r.undated());
        return out;
    }

    private static JsonObject examples() {
        JsonArray list = new JsonArray();
        for (Examples.Example e : Examples.all()) {
            JsonObject o = new JsonObject();
            o.put("file", e.file());
            o.put("question", e.question());
            o.put("query", e.query());
            list.add(o);
        }
        JsonObject out = new JsonObject();
        out.put("examples", list);
        return out;
    }

    /** The ontology's classes and properties (full IRIs) and the prefixes, for autocompletion. */
    private JsonObject vocabulary() {
        JsonArray classes = new JsonArray();
        JsonArray properties = new JsonArray();
        java.util.Set<String> seenP = new java.util.TreeSet<>(List.of(Vocab.RDF + "type", Vocab.RDFS + "label",
                Vocab.SKOS + "altLabel", Vocab.OWL + "sameAs"));
        java.util.Set<String> seenC = new java.util.TreeSet<>();
        dsg.find(Vocab.ONTOLOGY_GRAPH, Node.ANY, Vocab.TYPE, Node.ANY).forEachRemaining(q -> {
            if (!q.getSubject().isURI()) {
                return;
            }
            String t = q.getObject().getURI();
            if (t.equals(Vocab.OWL + "Class")) {
                seenC.add(q.getSubject().getURI());
            } else if (t.endsWith("Property") && t.startsWith(Vocab.OWL)) {
                seenP.add(q.getSubject().getURI());
            }
        });
        seenC.forEach(classes::add);
        seenP.forEach(properties::add);
        JsonObject prefixes = new JsonObject();
        PREFIXES.forEach(prefixes::put);
        JsonObject out = new JsonObject();
        out.put("prefixes", prefixes);
        out.put("classes", classes);
        out.put("properties", properties);
        return out;
    }

    private static void json(HttpServletResponse resp, Supplier<JsonObject> body) throws IOException {
        JsonObject o = body.get();
        Html.secure(resp);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        try (OutputStream out = resp.getOutputStream()) {
            JSON.write(out, o);
        }
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        Html.secure(resp);
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        JsonObject o = new JsonObject();
        o.put("error", message);
        try (OutputStream out = resp.getOutputStream()) {
            JSON.write(out, o);
        }
    }
}
