package org.hilf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.hilf.Ingestion;
import org.hilf.cli.HilfCommand;
import org.hilf.store.HilfStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClassExpression;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

import picocli.CommandLine;

/**
 * The Protégé export as Protégé sees it: the bundled articles, ingested and exported with
 * `hilf export --for-protege`, load into the OWL API 5 without unparsed triples or guessed
 * declarations, have no OWL 2 DL profile violations, and HermiT finds them consistent and answers
 * the README's DL query as SPARQL does. Awkward hand-made data shows each repair of the export.
 */
class ProtegeExportTest {
    @TempDir
    static Path dir;
    static HilfStore store;
    static Path export;
    static String exportMessage;

    @BeforeAll
    static void ingestAndExport() {
        store = HilfStore.open(dir.resolve("store"));
        Ingestion.Result r = Ingestion.standard().run(List.of(Path.of("data/articles")), store, new Ingestion.Listener() {
            @Override
            public void started(int files) { }

            @Override
            public void done(Path file, boolean ok) { }
        });
        assertTrue(r.ok(), r.failed().toString());
        store.close();
        export = dir.resolve("hilf-protege.ttl");
        CommandLine cl = HilfCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("export", "--store", dir.resolve("store").toString(), "--for-protege", "--out", export.toString());
        assertEquals(0, code, err.toString());
        assertEquals("", err.toString(), "nothing left out, no warnings");
        exportMessage = out.toString();
        store = HilfStore.open(dir.resolve("store"));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void theExportIsOwl2DlWithoutLoaderWarningsAndHermitFindsItConsistent() throws Exception {
        OwlCheck.Loaded l = OwlCheck.load(export);
        l.violations().forEach(v -> System.out.println("OWL 2 DL violation: " + v));
        assertEquals(List.of(), l.unparsed(), l.problems());
        assertEquals(List.of(), l.guessed(), l.problems());
        assertEquals(List.of(), l.violations(), l.problems());
        assertTrue(OwlCheck.consistent(l.ontology()), "HermiT finds the export inconsistent");
        assertTrue(exportMessage.contains("for Protégé"), exportMessage);
    }

    @Test
    void oneHeaderOfItsOwnThatImportsNothing() {
        Graph g = RDFDataMgr.loadGraph(export.toString());
        List<Node> headers = g.find(Node.ANY, Vocab.TYPE, Vocab.iri(Vocab.OWL + "Ontology")).mapWith(Triple::getSubject).toList();
        assertEquals(List.of(Vocab.iri(ProtegeExport.EXPORT_IRI)), headers);
        assertFalse(g.contains(Node.ANY, Vocab.iri(Vocab.OWL + "imports"), Node.ANY));
        // The ontology's axioms are in it: the contract's classes with their labels.
        assertTrue(g.contains(Vocab.SUMMIT, Vocab.iri(Vocab.RDFS + "subClassOf"), Vocab.MEETING));
        assertTrue(g.contains(Vocab.iri(Vocab.WD + "Q7184"), Vocab.TYPE, Vocab.iri(Vocab.OWL + "NamedIndividual")));
    }

    @Test
    void everyDateKeepsItsDayAsTheStartOfThatDay() {
        Graph g = RDFDataMgr.loadGraph(export.toString());
        Set<Triple> stored = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().stream()
                .map(Quad::asTriple)
                .filter(t -> t.getObject().isLiteral() && XSDDatatype.XSDdate.getURI().equals(t.getObject().getLiteralDatatypeURI()))
                .collect(Collectors.toSet()));
        assertFalse(stored.isEmpty());
        for (Triple t : stored) {
            Node dateTime = NodeFactory.createLiteralDT(t.getObject().getLiteralLexicalForm() + "T00:00:00", XSDDatatype.XSDdateTime);
            assertTrue(g.contains(t.getSubject(), t.getPredicate(), dateTime), "no " + dateTime + " for " + t);
        }
        assertTrue(g.find().filterKeep(t -> t.getObject().isLiteral()
                && XSDDatatype.XSDdate.getURI().equals(t.getObject().getLiteralDatatypeURI())).toList().isEmpty());
    }

    /** The README's DL query, "Meeting and participant value nato", answered by HermiT as by SPARQL. */
    @Test
    void hermitAnswersTheReadmeQueryAsSparqlDoes() throws Exception {
        OwlCheck.Loaded l = OwlCheck.load(export);
        OWLDataFactory f = OWLManager.getOWLDataFactory();
        OWLClassExpression q = f.getOWLObjectIntersectionOf(f.getOWLClass(IRI.create(Vocab.HILF + "Meeting")),
                f.getOWLObjectHasValue(f.getOWLObjectProperty(IRI.create(Vocab.HILF + "participant")),
                        f.getOWLNamedIndividual(IRI.create(Vocab.ID + "org/nato"))));
        // The same through owl:sameAs: only a reasoner sees that wd:Q7184 is NATO.
        OWLClassExpression viaWikidata = f.getOWLObjectIntersectionOf(f.getOWLClass(IRI.create(Vocab.HILF + "Meeting")),
                f.getOWLObjectHasValue(f.getOWLObjectProperty(IRI.create(Vocab.HILF + "participant")),
                        f.getOWLNamedIndividual(IRI.create(Vocab.WD + "Q7184"))));
        OWLReasoner r = new ReasonerFactory().createReasoner(l.ontology());
        Set<String> byHermit;
        Set<String> byHermitViaWikidata;
        try {
            byHermit = r.getInstances(q, false).entities().map(i -> i.getIRI().toString()).collect(Collectors.toCollection(TreeSet::new));
            byHermitViaWikidata = r.getInstances(viaWikidata, false).entities().map(i -> i.getIRI().toString())
                    .filter(i -> i.startsWith(Vocab.ID + "event/")).collect(Collectors.toCollection(TreeSet::new));
        } finally {
            r.dispose();
        }
        Set<String> bySparql = Txn.calculateRead(store.datasetGraph(), () -> {
            Set<String> s = new TreeSet<>();
            org.apache.jena.sparql.exec.QueryExec.dataset(store.datasetGraph()).query(
                    "SELECT DISTINCT ?m { ?m a <" + Vocab.HILF + "Meeting> ; <" + Vocab.HILF + "participant> <" + Vocab.ID + "org/nato> }")
                    .select().forEachRemaining(b -> s.add(b.get("m").getURI()));
            return s;
        });
        assertFalse(bySparql.isEmpty());
        assertEquals(bySparql, byHermit);
        assertEquals(bySparql, byHermitViaWikidata);
    }

    /**
     * Memberships over time in Protégé: each a declared individual with integer years, and the DL query "the
     * memberships of the SCO that began by 2022" holds for China's and not for Iran's (2023), for HermiT as for
     * SPARQL. (Asked per individual: retrieving all instances of a data range restriction takes HermiT minutes.)
     */
    @Test
    void hermitAnswersAMembershipQueryAsSparqlDoes() throws Exception {
        Graph g = RDFDataMgr.loadGraph(export.toString());
        Node uk = Vocab.iri(Vocab.ID + "membership/GB-memberOf-eu-1973-2020");
        assertTrue(g.contains(uk, Vocab.TYPE, Vocab.iri(Vocab.OWL + "NamedIndividual")));
        assertTrue(g.contains(uk, Vocab.UNTIL, NodeFactory.createLiteralDT("2020", XSDDatatype.XSDinteger)));
        OwlCheck.Loaded l = OwlCheck.load(export);
        OWLDataFactory f = OWLManager.getOWLDataFactory();
        OWLClassExpression q = f.getOWLObjectIntersectionOf(f.getOWLClass(IRI.create(Vocab.HILF + "Membership")),
                f.getOWLObjectHasValue(f.getOWLObjectProperty(IRI.create(Vocab.HILF + "organization")),
                        f.getOWLNamedIndividual(IRI.create(Vocab.ID + "org/sco"))),
                f.getOWLObjectHasValue(f.getOWLObjectProperty(IRI.create(Vocab.HILF + "status")),
                        f.getOWLNamedIndividual(IRI.create(Vocab.HILF + "FullMember"))),
                f.getOWLDataSomeValuesFrom(f.getOWLDataProperty(IRI.create(Vocab.HILF + "since")),
                        f.getOWLDatatypeMaxInclusiveRestriction(2022)));
        List<String> asked = List.of("CN-memberOf-sco-2001", "PK-memberOf-sco-2017", "IR-memberOf-sco-2023",
                "IR-observerOf-sco-2005-2023", "CN-memberOf-brics-2009");
        Set<String> byHermit = new TreeSet<>();
        OWLReasoner r = new ReasonerFactory().createReasoner(l.ontology());
        try {
            for (String m : asked) {
                if (r.isEntailed(f.getOWLClassAssertionAxiom(q, f.getOWLNamedIndividual(IRI.create(Vocab.ID + "membership/" + m))))) {
                    byHermit.add(m);
                }
            }
        } finally {
            r.dispose();
        }
        Set<String> bySparql = Txn.calculateRead(store.datasetGraph(), () -> {
            Set<String> s = new TreeSet<>();
            org.apache.jena.sparql.exec.QueryExec.dataset(store.datasetGraph()).query("SELECT DISTINCT ?m { GRAPH ?g { ?m a <"
                    + Vocab.HILF + "Membership> ; <" + Vocab.HILF + "organization> <" + Vocab.ID + "org/sco> ; <" + Vocab.HILF
                    + "status> <" + Vocab.HILF + "FullMember> ; <" + Vocab.HILF + "since> ?y FILTER (?y <= 2022) } }")
                    .select().forEachRemaining(b -> s.add(b.get("m").getURI().substring((Vocab.ID + "membership/").length())));
            return s;
        });
        assertEquals(8, bySparql.size(), bySparql.toString());
        bySparql.retainAll(asked);
        assertEquals(Set.of("CN-memberOf-sco-2001", "PK-memberOf-sco-2017"), bySparql);
        assertEquals(bySparql, byHermit);
    }

    static final String ONTOLOGY = """
            @prefix : <https://example.org/o#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <https://example.org/o> a owl:Ontology ; owl:versionIRI <https://example.org/o/1> ; owl:versionInfo "1" .
            :Thing a owl:Class .
            :knows a owl:ObjectProperty .
            :when a owl:DatatypeProperty .
            :said a owl:DatatypeProperty ; rdfs:range rdf:langString .
            """;

    /** Each thing that breaks OWL 2 DL in a plain export, once. */
    static final String AWKWARD = """
            @prefix : <https://example.org/o#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            :a a :Thing ; :knows :b ; :when "2023-07-11"^^xsd:date ; :said "نعم"@ar ; owl:sameAs <http://www.wikidata.org/entity/Q17> .
            :b a :Undeclared ; :when "2023-07-11+03:00"^^xsd:date ; :note "a literal" ; :note :a ; :seen "2023"^^xsd:gYear .
            :c :knows "a literal of an object property" ; :when :a .
            """;

    @Test
    void eachAwkwardThingIsRepairedOrLeftOutByName() throws Exception {
        Graph ontology = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ONTOLOGY, Lang.TURTLE).parse(ontology);
        Graph data = GraphFactory.createDefaultGraph();
        RDFParser.fromString(AWKWARD, Lang.TURTLE).parse(data);
        ProtegeExport.Result r = ProtegeExport.convert(ontology, data);

        assertEquals(2, r.datesRewritten());
        assertEquals(1, r.literalsRetyped());
        assertEquals(List.of("https://example.org/o#note", "https://example.org/o#seen"), r.declaredAnnotations());
        assertEquals(2, r.dropped().size(), r.dropped().toString());
        assertTrue(r.dropped().get(0).contains("literal value of an object property") || r.dropped().get(1).contains("literal value of an object property"));
        Graph g = r.graph();
        Node a = NodeFactory.createURI("https://example.org/o#a");
        Node b = NodeFactory.createURI("https://example.org/o#b");
        Node when = NodeFactory.createURI("https://example.org/o#when");
        assertTrue(g.contains(a, when, NodeFactory.createLiteralDT("2023-07-11T00:00:00", XSDDatatype.XSDdateTime)));
        assertTrue(g.contains(b, when, NodeFactory.createLiteralDT("2023-07-11T00:00:00+03:00", XSDDatatype.XSDdateTime)));
        assertTrue(g.contains(NodeFactory.createURI("https://example.org/o#said"), Vocab.iri(Vocab.RDFS + "range"),
                Vocab.iri(Vocab.RDF + "PlainLiteral")));
        assertTrue(g.contains(NodeFactory.createURI("https://example.org/o#Undeclared"), Vocab.TYPE, Vocab.iri(Vocab.OWL + "Class")));

        Path file = dir.resolve("awkward.ttl");
        try (OutputStream o = Files.newOutputStream(file)) {
            ProtegeTurtle.write(g, o);
        }
        OwlCheck.Loaded l = OwlCheck.load(file);
        assertTrue(l.unparsed().isEmpty() && l.guessed().isEmpty() && l.violations().isEmpty(), l.problems());
        assertTrue(OwlCheck.consistent(l.ontology()));
    }

    @Test
    void anOntologyThatPunsAPropertyIsRefused() {
        Graph ontology = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ONTOLOGY + ":knows a owl:DatatypeProperty .", Lang.TURTLE).parse(ontology);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ProtegeExport.convert(ontology, GraphFactory.createDefaultGraph()));
        assertTrue(e.getMessage().contains("knows"), e.getMessage());
    }
}
