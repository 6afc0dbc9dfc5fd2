package org.hilf.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

/**
 * The SHACL shapes of {@code ontology/shapes.ttl} (bundled as {@code hilf/ontology/shapes.ttl}):
 * what the annotator and the mappers must produce. Validates a graph and turns the report into
 * one readable line per result. Stateless; the parsed shapes are immutable, so this class is
 * thread-safe.
 */
public final class HilfShapes {
    static final String RESOURCE = "hilf/ontology/shapes.ttl";

    /** Short names for the report: the namespaces a reader of the graph knows. */
    private static final Map<String, String> PREFIXES = Map.of(
            Vocab.ID, "id:", Vocab.HILF, "hilf:", Vocab.WD, "wd:", Vocab.DCT, "dcterms:",
            Vocab.XSD, "xsd:", Vocab.RDFS, "rdfs:", Vocab.OWL, "owl:", Vocab.SKOS, "skos:",
            Vocab.SCHEMA, "schema:", Vocab.RDF, "rdf:");

    private static final Shapes SHAPES = parse();

    private HilfShapes() { }

    public static Shapes shapes() { return SHAPES; }

    /**
     * Validates {@code data} (for the store: its union graph, inside a read transaction held by
     * the caller). The graph must carry the ontology's rdfs:subClassOf triples for sh:class to
     * see sub-classes, which the store's union graph does.
     */
    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(SHAPES, data);
    }

    /**
     * One line per result, sorted by message then focus node: "focus  path  message [value]".
     * Results that read the same (two constraints of one shape failing on one value) are one line.
     */
    public static List<String> lines(ValidationReport report) {
        List<ReportEntry> entries = new ArrayList<>(report.getEntries());
        entries.sort(Comparator.comparing((ReportEntry e) -> String.valueOf(e.message()))
                .thenComparing(e -> brief(e.focusNode()))
                .thenComparing(e -> e.resultPath() == null ? "" : e.resultPath().toString()));
        return entries.stream().map(HilfShapes::line).distinct().toList();
    }

    /** A result as one line: severity (unless a violation), focus node, path, message, value. */
    public static String line(ReportEntry e) {
        StringBuilder b = new StringBuilder();
        if (e.severity() != null && e.severity() != Severity.Violation) {
            b.append(e.severity().level().getLocalName()).append(": ");
        }
        b.append(brief(e.focusNode()));
        b.append("  ").append(e.resultPath() == null ? "-" : shorten(e.resultPath().toString()));
        b.append("  ").append(e.message());
        if (e.value() != null && !e.value().equals(e.focusNode())) {
            b.append(" (value: ").append(brief(e.value())).append(')');
        }
        return b.toString();
    }

    /** A node as a reader would write it: a prefixed name where one fits, else the IRI or literal. */
    static String brief(Node n) {
        if (n == null) {
            return "-";
        }
        if (n.isURI()) {
            String iri = n.getURI();
            for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
                if (iri.startsWith(p.getKey()) && iri.length() > p.getKey().length()) {
                    return p.getValue() + iri.substring(p.getKey().length());
                }
            }
            return "<" + iri + ">";
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return "\"" + n.getLiteralLexicalForm() + "\"@" + lang;
            }
            return "\"" + n.getLiteralLexicalForm() + "\"^^" + brief(org.apache.jena.graph.NodeFactory.createURI(n.getLiteralDatatypeURI()));
        }
        return n.toString();
    }

    /** Shortens the IRIs inside a SHACL path's text form ("<https://…#participant>" → "hilf:participant"). */
    private static String shorten(String path) {
        String s = path;
        for (Map.Entry<String, String> p : PREFIXES.entrySet()) {
            s = s.replaceAll("<" + java.util.regex.Pattern.quote(p.getKey()) + "([^>]+)>", java.util.regex.Matcher.quoteReplacement(p.getValue()) + "$1");
        }
        return s;
    }

    private static Shapes parse() {
        try (InputStream in = ReferenceMapper.bundled(RESOURCE)) {
            Graph g = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
            return Shapes.parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
