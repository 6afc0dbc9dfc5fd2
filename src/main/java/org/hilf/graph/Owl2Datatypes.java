package org.hilf.graph;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The OWL 2 datatype map (OWL 2 Structural Specification, section 4.1–4.7), and how a literal
 * outside it is written for OWL 2 DL tools. Pure functions, thread-safe.
 */
final class Owl2Datatypes {
    private static final Set<String> MAP = map();

    /** An xsd:date lexical form: the day, then an optional time zone. */
    private static final Pattern DATE = Pattern.compile("(-?\\d{4,}-\\d{2}-\\d{2})(Z|[+-]\\d{2}:\\d{2})?");

    private Owl2Datatypes() { }

    /**
     * Whether an OWL 2 tool knows the literal's datatype: language-tagged text, or a datatype of
     * the map. rdf:langString counts, as the OWL API reads every language-tagged literal as one.
     */
    static boolean known(Node literal) {
        return !literal.getLiteralLanguage().isEmpty() || MAP.contains(literal.getLiteralDatatypeURI());
    }

    /**
     * An xsd:date as the xsd:dateTime of the start of its day, its time zone kept
     * ("2023-07-11" → "2023-07-11T00:00:00"); null for any other literal or an ill-formed date.
     */
    static Node dateAsDateTime(Node literal) {
        if (!XSDDatatype.XSDdate.getURI().equals(literal.getLiteralDatatypeURI())) {
            return null;
        }
        Matcher m = DATE.matcher(literal.getLiteralLexicalForm());
        if (!m.matches()) {
            return null;
        }
        String zone = m.group(2) == null ? "" : m.group(2);
        return NodeFactory.createLiteralDT(m.group(1) + "T00:00:00" + zone, XSDDatatype.XSDdateTime);
    }

    /** A literal of an unknown datatype as an xsd:string of the same lexical form. */
    static Node asString(Node literal) {
        return NodeFactory.createLiteralString(literal.getLiteralLexicalForm());
    }

    private static Set<String> map() {
        Set<String> s = new HashSet<>();
        for (String x : new String[] {"decimal", "integer", "nonNegativeInteger", "nonPositiveInteger", "positiveInteger",
                "negativeInteger", "long", "int", "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort",
                "unsignedByte", "double", "float", "string", "normalizedString", "token", "language", "Name", "NCName",
                "NMTOKEN", "boolean", "hexBinary", "base64Binary", "anyURI", "dateTime", "dateTimeStamp"}) {
            s.add(Vocab.XSD + x);
        }
        s.add(Vocab.RDF + "PlainLiteral");
        s.add(Vocab.RDF + "XMLLiteral");
        s.add(Vocab.RDF + "langString");
        s.add(Vocab.RDFS + "Literal");
        s.add(Vocab.OWL + "real");
        s.add(Vocab.OWL + "rational");
        return Set.copyOf(s);
    }
}
