package org.hilf;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.sparql.exec.http.QueryExecHTTP;

/** Asks a served endpoint a query over HTTP, as a user's client does, and gives the rows as strings. */
final class SparqlRows {
    private SparqlRows() { }

    /** The rows of a file of queries/'s answer, each variable's value as a plain string (IRIs as IRIs). */
    static List<Map<String, String>> ask(String endpoint, String file) throws IOException {
        return select(endpoint, Files.readString(TestFiles.QUERIES.resolve(file)));
    }

    static List<Map<String, String>> select(String endpoint, String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecHTTP exec = QueryExecHTTP.service(endpoint).query(query).build()) {
            exec.select().forEachRemaining(b -> rows.add(row(b)));
        }
        return rows;
    }

    /** The same rows, of a query run in this process on a store's dataset (in a read transaction). */
    static List<Map<String, String>> select(org.apache.jena.sparql.core.DatasetGraph dsg, String query) {
        return org.apache.jena.system.Txn.calculateRead(dsg, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (org.apache.jena.sparql.exec.QueryExec exec = org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query(query).build()) {
                exec.select().forEachRemaining(b -> rows.add(row(b)));
            }
            return rows;
        });
    }

    private static Map<String, String> row(org.apache.jena.sparql.engine.binding.Binding b) {
        Map<String, String> row = new HashMap<>();
        b.vars().forEachRemaining(v -> {
            var n = b.get(v);
            row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
        });
        return row;
    }

    static Set<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).filter(v -> v != null).collect(Collectors.toCollection(TreeSet::new));
    }
}
