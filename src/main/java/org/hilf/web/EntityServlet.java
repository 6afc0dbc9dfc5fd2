package org.hilf.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.hilf.graph.Vocab;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /id/PATH}: the resource {@code https://w3id.org/hilf/id/PATH}, by content negotiation
 * (the linked-data convention): HTML for a browser, its triples for {@code Accept: text/turtle},
 * {@code application/ld+json}, {@code application/n-triples} or {@code application/rdf+xml}.
 * {@code ?format=turtle|jsonld|ntriples|rdfxml} overrides the Accept header (for links). The
 * triples are those with the resource as subject, from every graph. A resource the store does not
 * know is a 404.
 */
final class EntityServlet extends HttpServlet {
    private static final String HTML = "text/html";
    private static final Map<String, Lang> RDF = Map.of(
            "text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD,
            "application/n-triples", Lang.NTRIPLES, "application/rdf+xml", Lang.RDFXML);
    private static final Map<String, String> FORMATS = Map.of(
            "turtle", "text/turtle", "ttl", "text/turtle", "jsonld", "application/ld+json",
            "ntriples", "application/n-triples", "nt", "application/n-triples", "rdfxml", "application/rdf+xml");
    /** What this route offers, HTML first: a client that accepts anything (curl's * / *) gets HTML. */
    private static final AcceptList OFFER = AcceptList.create(HTML, "application/xhtml+xml", "text/turtle",
            "application/ld+json", "application/n-triples", "application/rdf+xml");

    private final transient DatasetGraph dsg;

    EntityServlet(DatasetGraph dsg) { this.dsg = dsg; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String local = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        Node iri = ApiServlet.iri(Vocab.ID + local);
        String type = chooseType(req);
        resp.setHeader("Vary", "Accept");
        if (local.isEmpty() || iri == null || !Txn.calculateRead(dsg, () -> known(iri))) {
            if (type.equals(HTML)) {
                Html.page(resp, HttpServletResponse.SC_NOT_FOUND, "Not found", "<section><h1>Nothing is known of this</h1><p><code>"
                        + Html.esc(Vocab.ID + local) + "</code> is in no graph of this store. Try the search box, or the "
                        + "<a href=\"/\">SPARQL editor</a>.</p></section>", new String[0], new String[0]);
            } else {
                Html.secure(resp);
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        if (type.equals(HTML)) {
            EntityPage.Page page = Txn.calculateRead(dsg, () -> new EntityPage(dsg, iri, ApiServlet.filter(req),
                    req.getParameter("kind") != null).render());
            Html.page(resp, 200, page.title(), page.body(), page.styles(), page.scripts());
            return;
        }
        Graph g = Txn.calculateRead(dsg, () -> describe(iri));
        Lang lang = RDF.get(type);
        Html.secure(resp);
        resp.setContentType(lang.getHeaderString() + "; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, g, lang);
        }
    }

    /** The media type to answer with: ?format= if given, else the best match of Accept, else HTML. */
    static String chooseType(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null && FORMATS.containsKey(format)) {
            return FORMATS.get(format);
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        try {
            MediaType m = AcceptList.match(new AcceptList(accept), OFFER);
            if (m == null) {
                return HTML;
            }
            String ct = m.getContentTypeStr();
            return RDF.containsKey(ct) ? ct : HTML;
        } catch (RuntimeException e) {
            return HTML; // an Accept header Jena cannot parse: answer as to a browser
        }
    }

    /** Known: the subject or the object of some quad. */
    private boolean known(Node iri) {
        return dsg.find(Node.ANY, iri, Node.ANY, Node.ANY).hasNext() || dsg.find(Node.ANY, Node.ANY, Node.ANY, iri).hasNext();
    }

    /** The resource's triples across graphs, with the project's prefixes. */
    private Graph describe(Node iri) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find(Node.ANY, iri, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        ApiServlet.PREFIXES.forEach((p, ns) -> g.getPrefixMapping().setNsPrefix(p, ns));
        return g;
    }
}
