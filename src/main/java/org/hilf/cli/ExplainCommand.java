package org.hilf.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.hilf.graph.Vocab;
import org.hilf.read.Shown;
import org.hilf.store.HilfStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Prints a resource's facts and, for each, where it comes from: the sentences of the articles",
                "that say so, or the reference data (gazetteer, ontology)."},
        footer = {"", "Examples:", "  hilf explain person/lloyd-austin",
                "  hilf explain https://w3id.org/hilf/id/event/…   (an IRI from a query's answer)"})
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--max-evidence", defaultValue = "3", converter = Numbers.PositiveInt.class, description = "Sentences shown per article (default: ${DEFAULT-VALUE}).")
    int maxEvidence;

    @Parameters(paramLabel = "IRI", description = "The resource: a full IRI, or its path under https://w3id.org/hilf/id/ (person/jens-stoltenberg).")
    String iri;

    @Override
    public Integer call() {
        Node s = NodeFactory.createURI(iri.startsWith("http") ? iri.replaceAll("^<|>$", "") : Vocab.ID + iri);
        PrintWriter out = spec.commandLine().getOut();
        try (HilfStore st = HilfStore.openExisting(store.dir())) {
            DatasetGraph dsg = st.datasetGraph();
            boolean found = Txn.calculateRead(dsg, () -> explain(dsg, s, out));
            out.flush();
            if (!found) {
                throw new IllegalArgumentException("nothing is known of " + s.getURI());
            }
        }
        return 0;
    }

    private boolean explain(DatasetGraph dsg, Node s, PrintWriter out) {
        // fact (predicate, object) → the graphs that state it
        Map<String, List<Node>> facts = new TreeMap<>();
        Map<String, Node[]> factNodes = new LinkedHashMap<>();
        dsg.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (q.getPredicate().equals(Vocab.EVIDENCE) || q.getGraph().equals(Vocab.PEOPLE_GRAPH)) {
                return; // the people summary repeats what the articles say: no source of its own
            }
            String key = local(q.getPredicate()) + "\t" + show(dsg, q.getObject());
            facts.computeIfAbsent(key, k -> new ArrayList<>()).add(q.getGraph());
            factNodes.putIfAbsent(key, new Node[] {q.getPredicate(), q.getObject()});
        });
        if (facts.isEmpty()) {
            return false;
        }
        out.println(Shown.text(s.getURI() + "  " + show(dsg, s)));
        // Each source gets a number; each fact lists the numbers of the sources that state it.
        Map<Node, Integer> sources = new LinkedHashMap<>();
        for (Map.Entry<String, List<Node>> f : facts.entrySet()) {
            String[] po = f.getKey().split("\t", 2);
            StringBuilder refs = new StringBuilder();
            for (Node g : f.getValue().stream().distinct().toList()) {
                int n = sources.computeIfAbsent(g, x -> sources.size() + 1);
                refs.append(refs.length() == 0 ? "" : " ").append('[').append(n).append(']');
            }
            out.printf("  %-14s %s  %s%n", po[0], Shown.prose(po[1]), refs);
        }
        out.println("Sources:");
        for (Map.Entry<Node, Integer> e : sources.entrySet()) {
            Node g = e.getKey();
            if (g.equals(Vocab.GAZETTEER_GRAPH) || g.equals(Vocab.ONTOLOGY_GRAPH)) {
                out.println("  [" + e.getValue() + "] the reference data (" + local(g) + ")");
                continue;
            }
            List<String> sentences = evidence(dsg, g, s);
            out.println("  [" + e.getValue() + "] " + Shown.text(source(dsg, g)) + (sentences.isEmpty() ? "" : ", where the article says:"));
            sentences.stream().limit(maxEvidence).forEach(t -> out.println("      « " + Shown.prose(t) + " »"));
            if (sentences.size() > maxEvidence) {
                out.println("      (+" + (sentences.size() - maxEvidence) + " more)");
            }
        }
        return true;
    }

    /** The sentences of article graph g that are evidence for s, in text order. */
    private static List<String> evidence(DatasetGraph dsg, Node g, Node s) {
        TreeMap<Long, String> byStart = new TreeMap<>();
        dsg.find(g, s, Vocab.EVIDENCE, Node.ANY).forEachRemaining(q -> {
            Node m = q.getObject();
            String text = first(dsg, g, m, Vocab.TEXT);
            String start = first(dsg, g, m, Vocab.START);
            if (text != null) {
                byStart.putIfAbsent(start == null ? 0 : Long.parseLong(start), text);
            }
        });
        return new ArrayList<>(new java.util.LinkedHashSet<>(byStart.values()));
    }

    private static String source(DatasetGraph dsg, Node g) {
        String src = first(dsg, g, g, Vocab.DCT_SOURCE);
        String issued = first(dsg, g, g, Vocab.DCT_ISSUED);
        return (src == null ? g.getURI() : src) + (issued == null ? "" : " (" + issued + ")");
    }

    private static String first(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? lexical(it.next().getObject()) : null;
    }

    private static String lexical(Node n) { return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString(); }

    /** An IRI with its English (else Arabic) label; a literal as written. */
    private static String show(DatasetGraph dsg, Node n) {
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            return "\"" + n.getLiteralLexicalForm() + "\"" + (lang.isEmpty() ? "" : "@" + lang);
        }
        String en = null;
        String ar = null;
        var it = dsg.find(Node.ANY, n, Vocab.LABEL, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            String lang = q.getObject().getLiteralLanguage();
            if (lang.equals("en") && en == null) {
                en = q.getObject().getLiteralLexicalForm();
            } else if (lang.equals("ar") && ar == null) {
                ar = q.getObject().getLiteralLexicalForm();
            }
        }
        String label = en != null && ar != null ? en + " / " + ar : en != null ? en : ar;
        return label == null ? local(n) : label + "  <" + local(n) + ">";
    }

    private static String local(Node n) {
        String u = n.getURI();
        for (String ns : List.of(Vocab.HILF, Vocab.ID, Vocab.GRAPH, Vocab.RDF, Vocab.RDFS, Vocab.OWL, Vocab.SKOS, Vocab.DCT)) {
            if (u.startsWith(ns)) {
                return u.substring(ns.length());
            }
        }
        return u;
    }
}
