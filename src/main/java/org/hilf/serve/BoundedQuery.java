package org.hilf.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query service, with the whole answer computed before the first byte is sent.
 * Fuseki streams a SELECT's rows as they come, so a query that times out half-way has already
 * answered 200 and ends in truncated JSON. Here the rows (or triples) are collected first, at most
 * {@code maxResults} of them: a timeout then ends the request with an error status (503), and an
 * answer with more than {@code maxResults} rows or triples is refused (400) with a message that
 * says so. Memory stays bounded by the limit.
 */
final class BoundedQuery extends SPARQL_QueryDataset {
    private final long maxResults;
    private final long timeoutMs;

    BoundedQuery(long maxResults, long timeoutMs) {
        this.maxResults = maxResults;
        this.timeoutMs = timeoutMs;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        long t0 = System.nanoTime();
        QueryExecResult result = collect(action, exec, query, queryStringLog);
        // Cancellation inside a FILTER reads as "no match": an answer that ran into the timeout is not whole.
        if (exec.getContext().isTrue(QueryGuard.CANCELLED) || (System.nanoTime() - t0) / 1_000_000 >= timeoutMs) {
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "Query cancelled: it ran longer than this endpoint's "
                    + "timeout of " + timeoutMs / 1000.0 + " s.");
        }
        return result;
    }

    private QueryExecResult collect(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            List<Binding> all = new ArrayList<>();
            while (rows.hasNext()) {
                count(all.size());
                all.add(rows.next());
            }
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), all.iterator()));
        }
        if (query.isConstructType() && query.isConstructQuad()) {
            DatasetGraph out = DatasetGraphFactory.create();
            Iterator<Quad> it = exec.constructQuads();
            long n = 0;
            while (it.hasNext()) {
                count(n++);
                out.add(it.next());
            }
            return new QueryExecResult(out);
        }
        if (query.isConstructType() || query.isDescribeType()) {
            Graph out = GraphFactory.createDefaultGraph();
            Iterator<Triple> it = query.isConstructType() ? exec.constructTriples() : exec.describeTriples();
            long n = 0;
            while (it.hasNext()) {
                count(n++);
                out.add(it.next());
            }
            return new QueryExecResult(out);
        }
        if (query.isJsonType()) {
            ServletOps.errorBadRequest("JSON queries are not offered by this endpoint; use SELECT");
        }
        return super.executeQuery(action, exec, query, queryStringLog);
    }

    /** Refuses the answer once it would exceed the limit; {@code sofar} is what has been collected. */
    private void count(long sofar) {
        if (sofar >= maxResults) {
            ServletOps.error(HttpSC.BAD_REQUEST_400, "The answer has more than " + maxResults
                    + " results, the limit of this endpoint: add a LIMIT, or ask for less.");
        }
    }
}
