package org.hilf.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The ontology and the data as ONE OWL 2 DL document for Protégé: the OWL API loads it without
 * unparsed triples or guessed declarations, its OWL 2 DL profile check finds nothing, and HermiT
 * can reason over it. The store keeps its own form (xsd:date, rdf:langString) for SPARQL; only
 * this copy changes, as follows:
 * <ul>
 *   <li>one owl:Ontology header, {@link #EXPORT_IRI}: its own IRI, so that Protégé can hold the
 *       export beside the ontology file, which it does not import but contains (no network, no
 *       catalog needed); the ontology's own header is replaced by it (creator, licence and version
 *       carried over, rdfs:seeAlso to the ontology's version IRI)</li>
 *   <li>xsd:date, which is not in the OWL 2 datatype map, becomes xsd:dateTime at the start of the
 *       day ("2023-07-11" → "2023-07-11T00:00:00", a time zone kept); any other datatype outside
 *       the map becomes xsd:string with the same lexical form</li>
 *   <li>the range rdf:langString becomes rdf:PlainLiteral, the OWL 2 datatype of language-tagged
 *       text, which every OWL 2 tool knows</li>
 *   <li>declarations: every resource used as an individual (subjects of types and of object or
 *       datatype properties, objects of object properties and owl:sameAs, the wd: IRIs among them)
 *       is declared owl:NamedIndividual; a class only used in rdf:type is declared owl:Class; a
 *       property the ontology does not declare becomes an owl:AnnotationProperty, which may take
 *       any value</li>
 *   <li>a triple whose value is of the wrong kind for its property (a literal of an object
 *       property, a resource of a datatype property) would make the property both kinds, which
 *       OWL 2 DL forbids: it is left out and named in {@link Result#dropped()}</li>
 * </ul>
 * An ontology that itself declares a property with two kinds is refused (OntologyTest keeps ours
 * free of it). The document is built in memory: exports are meant for Protégé, which holds them
 * in memory anyway. Stateless and thread-safe.
 */
public final class ProtegeExport {
    /** The IRI of the export's ontology header. */
    public static final String EXPORT_IRI = "https://w3id.org/hilf/export";

    /**
     * The document and what was done to get it.
     *
     * @param graph               the ontology and the data, OWL 2 DL
     * @param individuals         resources declared owl:NamedIndividual
     * @param datesRewritten      xsd:date literals written as xsd:dateTime
     * @param literalsRetyped     literals of another datatype outside the OWL 2 map, now xsd:string
     * @param declaredAnnotations properties the ontology does not declare, declared annotation properties
     * @param dropped             triples left out, each with the reason
     */
    public record Result(Graph graph, int individuals, int datesRewritten, int literalsRetyped,
                         List<String> declaredAnnotations, List<String> dropped) { }

    private static final String RDF_TYPE = Vocab.RDF + "type";
    private static final Node OWL_ONTOLOGY = owl("Ontology");
    private static final Node OWL_CLASS = owl("Class");
    private static final Node OBJECT_PROPERTY = owl("ObjectProperty");
    private static final Node DATATYPE_PROPERTY = owl("DatatypeProperty");
    private static final Node ANNOTATION_PROPERTY = owl("AnnotationProperty");
    private static final Node NAMED_INDIVIDUAL = owl("NamedIndividual");
    private static final Node SAME_AS = owl("sameAs");
    private static final Node DIFFERENT_FROM = owl("differentFrom");
    private static final Node RANGE = Vocab.iri(Vocab.RDFS + "range");
    private static final Node LANG_STRING = Vocab.iri(Vocab.RDF + "langString");
    private static final Node PLAIN_LITERAL = Vocab.iri(Vocab.RDF + "PlainLiteral");

    /** The annotation properties OWL 2 has built in: no declaration needed. */
    private static final Set<String> BUILT_IN_ANNOTATIONS = Set.of(
            Vocab.RDFS + "label", Vocab.RDFS + "comment", Vocab.RDFS + "seeAlso", Vocab.RDFS + "isDefinedBy",
            Vocab.OWL + "versionInfo", Vocab.OWL + "deprecated", Vocab.OWL + "priorVersion",
            Vocab.OWL + "backwardCompatibleWith", Vocab.OWL + "incompatibleWith");

    /** The header annotations of the ontology that hold for the export too. */
    private static final Set<String> HEADER_CARRIED = Set.of(
            Vocab.OWL + "versionInfo", Vocab.DCT + "creator", Vocab.DCT + "license");

    /** The prefixes of the document: those of the ontology file, and wd: for the Wikidata items. */
    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("hilf", Vocab.HILF), Map.entry("owl", Vocab.OWL), Map.entry("rdf", Vocab.RDF),
            Map.entry("rdfs", Vocab.RDFS), Map.entry("xsd", Vocab.XSD), Map.entry("skos", Vocab.SKOS),
            Map.entry("dcterms", Vocab.DCT), Map.entry("schema", Vocab.SCHEMA),
            Map.entry("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/"), Map.entry("prov", "http://www.w3.org/ns/prov#"),
            Map.entry("vann", "http://purl.org/vocab/vann/"), Map.entry("dcmitype", "http://purl.org/dc/dcmitype/"),
            Map.entry("wd", Vocab.WD));

    private ProtegeExport() { }

    /**
     * Converts the store: its ontology graph, and every other named graph as data. The caller
     * holds a read transaction on {@code dsg}.
     */
    public static Result from(DatasetGraph dsg) {
        Graph data = GraphFactory.createDefaultGraph();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (!q.getGraph().equals(Vocab.ONTOLOGY_GRAPH) && !q.isDefaultGraph()) {
                data.add(q.asTriple());
            }
        }
        return convert(dsg.getGraph(Vocab.ONTOLOGY_GRAPH), data);
    }

    /** Converts an ontology (with its owl:Ontology header) and data about its terms into one document. */
    public static Result convert(Graph ontology, Graph data) {
        Converter c = new Converter(ontology);
        c.header(ontology);
        ontology.find().forEachRemaining(c::ontologyTriple);
        data.find().forEachRemaining(c::dataTriple);
        return c.finish();
    }

    /** The state of one conversion: single use. */
    private static final class Converter {
        final Graph out = GraphFactory.createDefaultGraph();
        final Set<Node> classes = new HashSet<>();
        final Set<Node> objectProperties = new HashSet<>();
        final Set<Node> dataProperties = new HashSet<>();
        final Set<Node> annotationProperties = new HashSet<>();
        final Set<Node> individuals = new HashSet<>();
        final Set<Node> newClasses = new HashSet<>();
        final Set<String> newAnnotations = new TreeSet<>();
        final List<String> dropped = new ArrayList<>();
        Node ontologyNode;
        int dates;
        int retyped;

        Converter(Graph ontology) {
            collect(ontology, OWL_CLASS, classes);
            collect(ontology, OBJECT_PROPERTY, objectProperties);
            collect(ontology, DATATYPE_PROPERTY, dataProperties);
            collect(ontology, ANNOTATION_PROPERTY, annotationProperties);
            Set<Node> punned = new TreeSet<>(Comparator.comparing(Node::toString));
            for (Set<Node> a : List.of(objectProperties, dataProperties)) {
                for (Node p : a) {
                    if (annotationProperties.contains(p) || a == objectProperties && dataProperties.contains(p)) {
                        punned.add(p);
                    }
                }
            }
            if (!punned.isEmpty()) {
                throw new IllegalStateException("the ontology declares properties of two kinds, which OWL 2 DL forbids: " + punned);
            }
            out.getPrefixMapping().setNsPrefixes(PREFIXES);
        }

        private static void collect(Graph g, Node kind, Set<Node> into) {
            g.find(Node.ANY, Vocab.TYPE, kind).forEachRemaining(t -> {
                if (t.getSubject().isURI()) {
                    into.add(t.getSubject());
                }
            });
        }

        /** The export's own header, carrying over what holds for it from the ontology's. */
        void header(Graph ontology) {
            ontologyNode = ontology.find(Node.ANY, Vocab.TYPE, OWL_ONTOLOGY).nextOptional().map(Triple::getSubject).orElse(null);
            Node h = Vocab.iri(EXPORT_IRI);
            out.add(h, Vocab.TYPE, OWL_ONTOLOGY);
            out.add(h, Vocab.LABEL, NodeFactory.createLiteralLang("Hilf knowledge graph: ontology and data", "en"));
            out.add(h, Vocab.LABEL, NodeFactory.createLiteralLang("الرسم المعرفي لحلف: الأنطولوجيا والبيانات", "ar"));
            out.add(h, Vocab.iri(Vocab.RDFS + "comment"), NodeFactory.createLiteralLang(
                    "The Hilf ontology and the facts read from the articles, in one OWL 2 DL document for Protégé. "
                    + "Dates are xsd:dateTime at the start of the day here; the store and its SPARQL endpoint keep xsd:date.", "en"));
            if (ontologyNode == null) {
                return;
            }
            ontology.find(ontologyNode, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (HEADER_CARRIED.contains(t.getPredicate().getURI())) {
                    out.add(h, t.getPredicate(), t.getObject());
                }
            });
            Node version = ontology.find(ontologyNode, owl("versionIRI"), Node.ANY).nextOptional()
                    .map(Triple::getObject).orElse(ontologyNode);
            out.add(h, Vocab.iri(Vocab.RDFS + "seeAlso"), version);
        }

        void ontologyTriple(Triple t) {
            if (t.getSubject().equals(ontologyNode)) {
                return;
            }
            Node o = t.getObject();
            if (t.getPredicate().equals(RANGE) && o.equals(LANG_STRING)) {
                o = PLAIN_LITERAL;
            }
            out.add(t.getSubject(), t.getPredicate(), literal(o));
        }

        void dataTriple(Triple t) {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            Node o = t.getObject();
            String pi = p.getURI();
            if (pi.equals(RDF_TYPE)) {
                if (o.isURI() && !classes.contains(o) && !isReserved(o)) {
                    newClasses.add(o);
                }
                individual(s);
            } else if (p.equals(SAME_AS) || p.equals(DIFFERENT_FROM) || objectProperties.contains(p)) {
                if (o.isLiteral()) {
                    dropped.add(describe(t) + ": a literal value of an object property");
                    return;
                }
                individual(s);
                individual(o);
            } else if (dataProperties.contains(p)) {
                if (!o.isLiteral()) {
                    dropped.add(describe(t) + ": a resource value of a datatype property");
                    return;
                }
                individual(s);
            } else if (!annotationProperties.contains(p) && !BUILT_IN_ANNOTATIONS.contains(pi)) {
                if (isReserved(p)) {
                    dropped.add(describe(t) + ": an OWL, RDF or RDFS term in the data");
                    return;
                }
                annotationProperties.add(p);
                newAnnotations.add(pi);
            }
            out.add(s, p, literal(o));
        }

        private void individual(Node n) {
            if (n.isURI()) {
                individuals.add(n);
            }
        }

        /** A literal in the OWL 2 datatype map: xsd:date as xsd:dateTime, other unknown datatypes as xsd:string. */
        Node literal(Node o) {
            if (!o.isLiteral() || Owl2Datatypes.known(o)) {
                return o;
            }
            Node dateTime = Owl2Datatypes.dateAsDateTime(o);
            if (dateTime != null) {
                dates++;
                return dateTime;
            }
            retyped++;
            return Owl2Datatypes.asString(o);
        }

        Result finish() {
            for (Node c : newClasses) {
                out.add(c, Vocab.TYPE, OWL_CLASS);
            }
            for (String p : newAnnotations) {
                out.add(Vocab.iri(p), Vocab.TYPE, ANNOTATION_PROPERTY);
            }
            for (Node i : individuals) {
                out.add(i, Vocab.TYPE, NAMED_INDIVIDUAL);
            }
            return new Result(out, individuals.size(), dates, retyped, List.copyOf(newAnnotations), List.copyOf(dropped));
        }
    }

    /** A term of the RDF, RDFS, OWL or XSD vocabularies, which data may not declare or pun. */
    private static boolean isReserved(Node n) {
        String iri = n.getURI();
        return iri.startsWith(Vocab.RDF) || iri.startsWith(Vocab.RDFS) || iri.startsWith(Vocab.OWL) || iri.startsWith(Vocab.XSD);
    }

    private static String describe(Triple t) {
        return HilfShapes.brief(t.getSubject()) + " " + HilfShapes.brief(t.getPredicate()) + " " + HilfShapes.brief(t.getObject());
    }

    private static Node owl(String local) { return Vocab.iri(Vocab.OWL + local); }
}
