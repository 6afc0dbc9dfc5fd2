package org.hilf.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The two pages that are not about one resource: the SPARQL editor at {@code /} and the search results at {@code /search}. */
final class PageServlets {
    private PageServlets() { }

    /**
     * The SPARQL editor (YASGUI) with the endpoint preset to this server's {@code /hilf/sparql},
     * the bundled queries offered by their question (Q1 first, and loaded on a first visit), and
     * downloads of the answer as CSV or JSON.
     */
    static final class Editor extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String path = req.getPathInfo();
            if (path != null && !path.equals("/") && !path.isEmpty()) {
                Html.secure(resp);
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            StringBuilder b = new StringBuilder();
            b.append("<section class=\"editor\"><h1>Ask the graph</h1>")
                    .append("<p class=\"lead\">SPARQL over every article's graph, the gazetteer and the ontology, at ")
                    .append("<code>/hilf/sparql</code> (read-only). Pick a question or write your own: Ctrl-Space completes ")
                    .append("prefixes, classes and properties, Ctrl-Enter runs the query, and the entities in the answer open ")
                    .append("their pages with the evidence.</p>")
                    .append("<div class=\"toolbar\"><label for=\"examples\">Question</label> <select id=\"examples\">");
            List<Examples.Example> examples = Examples.all();
            for (Examples.Example e : examples) {
                b.append("<option value=\"").append(Html.esc(e.file())).append("\" data-query=\"").append(Html.esc(e.query()))
                        .append("\">").append(Html.esc(e.question())).append("</option>");
            }
            b.append("</select> <button type=\"button\" id=\"load-example\">Load</button>")
                    .append("<span class=\"spacer\"></span>")
                    .append("<button type=\"button\" id=\"download-csv\">Download CSV</button> ")
                    .append("<button type=\"button\" id=\"download-json\">Download JSON</button></div>")
                    .append("<p id=\"editor-status\" class=\"status\" role=\"status\"></p>")
                    .append("<div id=\"yasgui\" data-endpoint=\"/hilf/sparql\"></div></section>");
            Html.page(resp, 200, "SPARQL editor", b.toString(), new String[] {"/assets/lib/yasgui.css"},
                    new String[] {"/assets/lib/yasgui.js", "/assets/hilf/editor.js"});
        }
    }

    /** Actors found by label, in Arabic or English (see {@link ActorIndex}); the live hints use {@code /api/search}. */
    static final class Search extends HttpServlet {
        private final transient ActorIndex index;

        Search(ActorIndex index) { this.index = index; }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String q = req.getParameter("q");
            q = q == null ? "" : q.strip();
            if (q.length() > 200) {
                q = q.substring(0, 200);
            }
            StringBuilder b = new StringBuilder("<section><h1>Actors matching <q dir=\"auto\">").append(Html.esc(q)).append("</q></h1>");
            List<ActorIndex.Hit> hits = index.search(q, 50);
            if (hits.isEmpty()) {
                b.append("<p>No actor has a label that contains this (spelling variants of hamza, ة/ه, ى/ي and ")
                        .append("diacritics are ignored).</p>");
            } else {
                b.append("<ul class=\"hits\" id=\"search-results\">");
                for (ActorIndex.Hit h : hits) {
                    b.append("<li class=\"kind-").append(Html.esc(h.kind())).append("\"><a href=\"")
                            .append(Html.esc(Look.path(h.iri()))).append("\">").append(Html.text(h.name())).append("</a>");
                    if (h.nameAr() != null && !h.nameAr().equals(h.name())) {
                        b.append(" <span dir=\"rtl\" lang=\"ar\">").append(Html.esc(h.nameAr())).append("</span>");
                    }
                    b.append(" <span class=\"badge\">").append(Html.esc(h.kind())).append("</span>");
                    if (!h.matched().equals(h.name()) && !h.matched().equals(h.nameAr())) {
                        b.append(" <small>as ").append(Html.text(h.matched())).append("</small>");
                    }
                    b.append("</li>");
                }
                b.append("</ul>");
            }
            b.append("</section>");
            Html.page(resp, 200, "Search", b.toString(), new String[0], new String[0]);
        }
    }
}
