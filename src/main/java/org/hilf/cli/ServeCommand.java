package org.hilf.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.hilf.serve.HilfServer;
import org.hilf.store.HilfStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store read-only over SPARQL at http://HOST:PORT/hilf/sparql (also /hilf/query),",
                "with a query editor at http://HOST:PORT/ and a page for every resource at /id/….",
                "Ctrl-C stops it."},
        footer = {"", "Example:", "  hilf serve --port 3030",
                "  curl -s http://localhost:3030/hilf/sparql --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5'"})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 for a free one).")
    int port;

    @Option(names = "--host", defaultValue = HilfServer.DEFAULT_HOST,
            description = "Interface to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Longest a query may run (default: ${DEFAULT-VALUE} s).")
    long timeoutSeconds;

    @Override
    public Integer call() {
        try (HilfStore s = HilfStore.openExisting(store.dir());
             HilfServer server = HilfServer.start(s.datasetGraph(), host, port, timeoutSeconds * 1000)) {
            announce(spec.commandLine().getOut(), server);
            server.join();
        }
        return 0;
    }

    static void announce(PrintWriter out, HilfServer server) {
        out.println("In a browser: " + server.baseUrl() + "  (query editor, search, a page for every resource)");
        out.println("SPARQL endpoint: " + server.sparqlUrl() + "  (Ctrl-C stops the server)");
        out.flush();
    }
}
