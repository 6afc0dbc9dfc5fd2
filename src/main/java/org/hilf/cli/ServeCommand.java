package org.hilf.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.hilf.serve.HilfServer;
import org.hilf.store.HilfStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ServeOptions serve;

    @Override
    public Integer call() {
        HilfServer.Settings settings = serve.settings();
        ServeOptions.warnIfExposed(settings, spec.commandLine().getErr());
        try (HilfStore s = HilfStore.openExisting(store.dir());
             HilfServer server = HilfServer.start(s.datasetGraph(), settings)) {
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
