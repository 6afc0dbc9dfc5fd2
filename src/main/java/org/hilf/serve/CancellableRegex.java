package org.hilf.serve;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL's {@code REGEX} and {@code REPLACE} (and XPath's {@code fn:matches}, {@code fn:replace})
 * with the same results, but a match that the query's timeout can stop. Java's regex engine
 * backtracks: {@code REGEX(?s, "^(a+)+$")} on a string of 40 a's runs for hours inside one call,
 * where Jena's cancellation, which is checked between solutions, never gets a word in. Here the
 * matcher reads the text through a {@link CharSequence} that looks at the query's cancel signal
 * every few thousand characters and throws {@link QueryCancelledException} once it is set.
 *
 * <p>Evaluated only inside a query execution (the {@link FunctionEnv} is an {@link ExecutionContext}).
 * Anywhere else, as in the optimizer's constant folding, it refuses ({@link ExprEvalException}), so
 * the expression stays in the plan and is evaluated, cancellably, when the query runs.
 */
final class CancellableRegex extends ExprFunctionN {
    /** Longest string REPLACE may build: doubling replacements nested in a query would otherwise fill the heap. */
    static final int MAX_RESULT_CHARS = 10_000_000;

    private final boolean replace;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    CancellableRegex(boolean replace, ExprList args) {
        super(replace ? "replace" : "regex", args);
        this.replace = replace;
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException(getFunctionSymbol().getSymbol() + " is evaluated only while a query runs");
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        if (!(env instanceof ExecutionContext ec)) {
            return eval(args);
        }
        int flagsAt = replace ? 3 : 2;
        if (args.size() < flagsAt || args.size() > flagsAt + 1) {
            throw new ExprEvalException(getFunctionSymbol().getSymbol() + ": wrong number of arguments");
        }
        Node text = args.get(0).asNode();
        if (!text.isLiteral() || !(org.apache.jena.sparql.util.NodeUtils.isSimpleString(text)
                || org.apache.jena.sparql.util.NodeUtils.isLangString(text))) {
            throw new ExprEvalException(getFunctionSymbol().getSymbol() + ": not a string: " + args.get(0));
        }
        String pattern = args.get(1).getString();
        String flags = args.size() > flagsAt ? args.get(flagsAt).getString() : null;
        Pattern p = patterns.computeIfAbsent(pattern + "\u0000" + flags,
                k -> RegexEngine.makePattern(getFunctionSymbol().getSymbol(), pattern, flags));
        Watched chars = new Watched(text.getLiteralLexicalForm(), ec.getCancelSignal(), ec.getContext());
        if (!replace) {
            return NodeValue.booleanReturn(p.matcher(chars).find());
        }
        if (p.matcher("").matches()) {
            throw new ExprEvalException("REPLACE: the pattern matches the empty string");
        }
        String result = p.matcher(chars).replaceAll(args.get(2).getString());
        if (result.length() > MAX_RESULT_CHARS) {
            throw new ExprEvalException("REPLACE: result longer than " + MAX_RESULT_CHARS + " characters");
        }
        String lang = text.getLiteralLanguage();
        return lang == null || lang.isEmpty() ? NodeValue.makeString(result) : NodeValue.makeLangString(result, lang);
    }

    @Override
    public org.apache.jena.sparql.expr.Expr copy(ExprList newArgs) { return new CancellableRegex(replace, newArgs); }

    /**
     * Text that checks the cancel signal as the matcher reads it. A FILTER takes any exception of
     * its expression for "false", so the cancellation is also noted in the execution's context,
     * where {@link BoundedQuery} finds it: the query then ends with an error, not a partial answer.
     */
    private static final class Watched implements CharSequence {
        private final String s;
        private final AtomicBoolean cancel;
        private final Context context;
        private int reads;

        Watched(String s, AtomicBoolean cancel, Context context) {
            this.s = s;
            this.cancel = cancel;
            this.context = context;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && cancel != null && cancel.get()) {
                context.set(QueryGuard.CANCELLED, true);
                throw new QueryCancelledException();
            }
            return s.charAt(index);
        }

        @Override
        public int length() { return s.length(); }

        @Override
        public CharSequence subSequence(int start, int end) { return new Watched(s.substring(start, end), cancel, context); }

        @Override
        public String toString() { return s; }
    }
}
