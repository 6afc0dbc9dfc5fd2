package org.hilf.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.hilf.web.WebUi;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded Fuseki server: one read-only dataset at {@code /hilf}, queried at
 * {@code /hilf/sparql} and {@code /hilf/query}. No update, no upload: the store changes only
 * through `hilf ingest`. Binds to the loopback interface unless told otherwise. The browser
 * interface ({@link WebUi}: editor at {@code /}, pages at {@code /id/…}) is served beside it.
 */
public final class HilfServer implements AutoCloseable {
    public static final String DATASET = "/hilf";
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final long DEFAULT_TIMEOUT_MS = 30_000;

    private final FusekiServer server;

    private HilfServer(FusekiServer server) { this.server = server; }

    /**
     * Starts a server on {@code host:port} (port 0: a free one). {@code timeoutMs} bounds each
     * query's execution; a query that runs longer is cancelled and answered with an error.
     */
    public static HilfServer start(DatasetGraph dsg, String host, int port, long timeoutMs) {
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMs));
        boolean loopback = host == null || host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        FusekiServer.Builder builder = FusekiServer.create()
                .port(port)
                .loopback(loopback)
                .enablePing(true)
                .add(DATASET, dsg, false);
        WebUi.register(builder, dsg); // the browser interface: editor, entity pages, graph, timeline
        FusekiServer server = builder.build();
        if (!loopback) {
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host.equals("0.0.0.0") ? null : host);
                }
            }
        }
        server.start();
        return new HilfServer(server);
    }

    public int port() { return server.getHttpPort(); }

    /** The browser interface's URL (the SPARQL editor) for a client on this machine. */
    public String baseUrl() { return "http://localhost:" + port() + "/"; }

    /** The SPARQL query endpoint's URL for a client on this machine. */
    public String sparqlUrl() { return "http://localhost:" + port() + DATASET + "/sparql"; }

    public void join() { server.join(); }

    @Override
    public void close() { server.stop(); }
}
