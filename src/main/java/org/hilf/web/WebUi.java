package org.hilf.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The browser interface of the embedded server, registered in one place: the SPARQL editor at
 * {@code /}, actor search at {@code /search}, a page per resource at {@code /id/…} (with content
 * negotiation), the JSON routes the pages draw from at {@code /api/…}, and the scripts and styles
 * at {@code /assets/…}. Every route is GET-only and read-only; the pages send nothing to the
 * server but these GETs and SPARQL queries to {@code /hilf/sparql}.
 *
 * <p>Fuseki dispatches its dataset ({@code /hilf/…}) before these servlets, so they never shadow
 * the SPARQL endpoint; {@code ""} is the servlet mapping of the root page alone.
 */
public final class WebUi {
    private WebUi() { }

    /** Adds the interface's servlets for the dataset {@code dsg} to a server being built. */
    public static FusekiServer.Builder register(FusekiServer.Builder builder, DatasetGraph dsg) {
        ActorIndex index = new ActorIndex(dsg);
        return builder
                .addServlet("", new PageServlets.Editor())
                .addServlet("/search", new PageServlets.Search(index))
                .addServlet("/id/*", new EntityServlet(dsg))
                .addServlet("/api/*", new ApiServlet(dsg, index))
                .addServlet("/assets/*", new AssetServlet());
    }
}
