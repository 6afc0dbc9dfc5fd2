package org.hilf.serve;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * What the served dataset's queries may do, set in the dataset's context (so `hilf query` on the
 * command line is not affected):
 * <ul>
 * <li>no {@code SERVICE} to remote endpoints: a query must not make the server send requests on
 * its behalf (it would read the user's network and, by its errors, scan its ports);</li>
 * <li>the timeout holds inside one expression: regular expressions are rewritten to
 * {@link CancellableRegex}, and {@code apf:strSplit}, a regex split that cannot be made
 * cancellable, is not offered.</li>
 * </ul>
 */
final class QueryGuard {
    /** Set in a query execution's context when an expression was stopped by the timeout. */
    static final Symbol CANCELLED = Symbol.create("https://w3id.org/hilf/ontology#queryCancelled");
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final String STR_SPLIT = "http://jena.apache.org/ARQ/property#strSplit";

    private QueryGuard() { }

    static void apply(Context context) {
        context.set(ARQ.httpServiceAllowed, false);
        RewriteFactory standard = Optimize.stdOptimizationFactory;
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) cxt -> {
            Rewrite rest = standard.create(cxt);
            return op -> rest.rewrite(cancellable(op));
        });
        PropertyFunctionRegistry functions = PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.get());
        functions.remove(STR_SPLIT);
        PropertyFunctionRegistry.set(context, functions);
    }

    /** The query's algebra with every regular expression made cancellable. */
    static Op cancellable(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) {
                    return new CancellableRegex(false, args);
                }
                if (func instanceof E_StrReplace) {
                    return new CancellableRegex(true, args);
                }
                if (func instanceof E_Function f && f.getFunctionIRI().equals(FN + "matches")) {
                    return new CancellableRegex(false, args);
                }
                if (func instanceof E_Function f && f.getFunctionIRI().equals(FN + "replace")) {
                    return new CancellableRegex(true, args);
                }
                return super.transform(func, args);
            }
        }, op);
    }
}
