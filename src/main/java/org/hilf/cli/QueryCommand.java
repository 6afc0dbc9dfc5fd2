package org.hilf.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.hilf.store.HilfStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query on the store, without a server: a .rq file or the query text.",
        footer = {"", "Examples:", "  hilf query queries/q01-states-nato-met-2023.rq",
                "  hilf query --format csv 'PREFIX hilf: <https://w3id.org/hilf/ontology#> SELECT ?p { ?p a hilf:Person }'"})
public final class QueryCommand implements Callable<Integer> {
    /** Output formats of a SELECT result. */
    enum Format { table, csv, tsv, json }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(paramLabel = "QUERY|FILE.rq", description = "The query, or a file that holds it.")
    String query;

    @Override
    public Integer call() throws IOException {
        String text = query;
        Path file = Path.of(query.length() < 1024 ? query : "-");
        if (query.endsWith(".rq") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no query file " + query);
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        }
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("the query does not parse: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (HilfStore s = HilfStore.openExisting(store.dir())) {
            String result = Txn.calculateRead(s.datasetGraph(), () -> run(q, s));
            out.print(result);
            out.flush();
        }
        return 0;
    }

    private String run(Query q, HilfStore s) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (QueryExec exec = QueryExec.dataset(s.datasetGraph()).query(q).build()) {
            if (q.isSelectType()) {
                RowSet rows = exec.select();
                switch (format) {
                    case csv -> ResultSetFormatter.outputAsCSV(buf, org.apache.jena.query.ResultSet.adapt(rows));
                    case tsv -> ResultSetFormatter.outputAsTSV(buf, org.apache.jena.query.ResultSet.adapt(rows));
                    case json -> ResultSetFormatter.outputAsJSON(buf, org.apache.jena.query.ResultSet.adapt(rows));
                    default -> ResultSetFormatter.out(buf, org.apache.jena.query.ResultSet.adapt(rows), q);
                }
            } else if (q.isAskType()) {
                return exec.ask() + System.lineSeparator();
            } else {
                RDFDataMgr.write(buf, q.isConstructType() ? exec.construct() : exec.describe(), Lang.TURTLE);
            }
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
