package org.hilf.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.hilf.web.WebUi;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded Fuseki server: one read-only dataset at {@code /hilf}, whose only service is the
 * SPARQL query at {@code /hilf/sparql} and {@code /hilf/query}. No update, no upload, no Graph
 * Store Protocol (so no {@code GET /hilf} dump of everything): the store changes only through
 * `hilf ingest`. Every query has a timeout that holds (see {@link QueryGuard}), no query reaches
 * out with {@code SERVICE}, and no answer is larger than {@link Settings#maxResults()} or
 * streamed before it is complete (see {@link BoundedQuery}). Binds to the loopback interface
 * unless told otherwise; optionally asks for HTTP basic authentication. The browser
 * interface ({@link WebUi}: editor at {@code /}, pages at {@code /id/…}) is served beside it, behind
 * the same authentication.
 */
public final class HilfServer implements AutoCloseable {
    public static final String DATASET = "/hilf";
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final long DEFAULT_TIMEOUT_MS = 30_000;
    public static final long DEFAULT_MAX_RESULTS = 100_000;

    /** A user name and password that every request must present (HTTP basic authentication). */
    public record Credentials(String user, String password) {
        @Override
        public String toString() { return "Credentials[" + user + "]"; }
    }

    /**
     * How to serve: {@code host} (null: loopback), {@code port} (0: a free one), the longest a
     * query may run, the most rows or triples an answer may have, and credentials (null: none).
     */
    public record Settings(String host, int port, long timeoutMs, long maxResults, Credentials auth) {
        public Settings {
            if (timeoutMs <= 0 || maxResults <= 0 || port < 0 || port > 65_535) {
                throw new IllegalArgumentException("timeout and result limit must be positive, the port within 0-65535");
            }
        }

        public static Settings local(int port) {
            return new Settings(DEFAULT_HOST, port, DEFAULT_TIMEOUT_MS, DEFAULT_MAX_RESULTS, null);
        }

        /** True when only this machine can connect. */
        public boolean loopback() { return isLoopback(host); }
    }

    private final FusekiServer server;
    private final Settings settings;

    private HilfServer(FusekiServer server, Settings settings) {
        this.server = server;
        this.settings = settings;
    }

    /** Starts a server on the loopback interface; {@code timeoutMs} bounds each query. */
    public static HilfServer start(DatasetGraph dsg, String host, int port, long timeoutMs) {
        return start(dsg, new Settings(host, port, timeoutMs, DEFAULT_MAX_RESULTS, null));
    }

    /** Starts a server as {@code settings} say. */
    public static HilfServer start(DatasetGraph dsg, Settings settings) {
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(settings.timeoutMs()));
        QueryGuard.apply(dsg.getContext());
        boolean loopback = settings.loopback();
        DataService queryOnly = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .build();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(loopback)
                .enablePing(true)
                .registerOperation(Operation.Query, new BoundedQuery(settings.maxResults(), settings.timeoutMs()))
                .add(DATASET, queryOnly);
        WebUi.register(builder, dsg); // the browser interface: editor, entity pages, graph, timeline
        if (settings.auth() != null) {
            builder.securityHandler(JettySecurityLib.makeSecurityHandler("hilf",
                            JettySecurityLib.makeUserStore(settings.auth().user(), settings.auth().password()), AuthScheme.BASIC))
                    .serverAuthPolicy(Auth.policyAllowSpecific(settings.auth().user()));
        }
        FusekiServer server = builder.build();
        if (!loopback) {
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(isWildcard(settings.host()) ? null : settings.host());
                }
            }
        }
        server.start();
        return new HilfServer(server, settings);
    }

    public int port() { return server.getHttpPort(); }

    /**
     * The SPARQL query endpoint's URL as a client would use it: {@code localhost} when bound to
     * loopback, this machine's name when bound to every interface, else the host given.
     */
    public String sparqlUrl() {
        String host;
        if (settings.loopback()) {
            host = "localhost";
        } else if (isWildcard(settings.host())) {
            host = localName();
        } else {
            host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        }
        return "http://" + host + ":" + port() + DATASET + "/sparql";
    }

    /** True for a host that only this machine can reach (null: the default, loopback). */
    public static boolean isLoopback(String host) {
        if (host == null || host.equals("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean isWildcard(String host) {
        try {
            return host != null && InetAddress.getByName(host).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String localName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "0.0.0.0";
        }
    }

    /** The browser interface's URL (the SPARQL editor), on the same host as {@link #sparqlUrl()}. */
    public String baseUrl() { return sparqlUrl().substring(0, sparqlUrl().length() - (DATASET + "/sparql").length()) + "/"; }

    public void join() { server.join(); }

    @Override
    public void close() { server.stop(); }
}
