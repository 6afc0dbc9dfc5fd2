package org.hilf.graph;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.util.Context;

/**
 * Writes a {@link ProtegeExport} document as the Turtle that Protégé's parser (the OWL API's)
 * reads, in an order a person can follow and a diff can compare. Stateless and thread-safe.
 */
public final class ProtegeTurtle {
    private ProtegeTurtle() { }

    /**
     * Writes the document as Turtle in a stable order a reader can follow: the header first, then
     * the ontology's terms, its axioms (blank nodes), and the data, each sorted by subject. Does
     * not close {@code out}.
     */
    public static void write(Graph g, OutputStream out) {
        List<Triple> triples = new ArrayList<>(g.find().toList());
        triples.sort(Comparator.comparingInt((Triple t) -> rank(t.getSubject()))
                .thenComparing(t -> t.getSubject().toString())
                .thenComparing(t -> t.getPredicate().equals(Vocab.TYPE) ? "" : t.getPredicate().getURI())
                .thenComparing(t -> t.getObject().toString()));
        // "@prefix", not SPARQL's "PREFIX" (Jena's default): the OWL API's Turtle parser, which
        // Protégé uses, knows only the former.
        Context context = RIOT.getContext().copy();
        context.set(RIOT.symTurtleDirectiveStyle, "at");
        StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS, context);
        w.start();
        new TreeSet<>(g.getPrefixMapping().getNsPrefixMap().keySet()).forEach(p -> w.prefix(p, g.getPrefixMapping().getNsPrefixURI(p)));
        triples.forEach(w::triple);
        w.finish();
    }

    private static int rank(Node subject) {
        if (subject.isURI() && subject.getURI().equals(ProtegeExport.EXPORT_IRI)) {
            return 0;
        }
        if (subject.isURI() && subject.getURI().startsWith(Vocab.HILF)) {
            return 1;
        }
        return subject.isBlank() ? 2 : 3;
    }
}
