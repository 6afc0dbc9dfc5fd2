package org.hilf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.graph.GraphList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;

/**
 * The ontology file against the contract (shared/spec/ontology-core.md): every core term declared,
 * labelled in English and Arabic and commented; domains, ranges, sub-classes and disjointness as
 * the contract says; OWL 2 DL and consistent as Protégé (OWL API + HermiT) sees it.
 */
class OntologyTest {
    static final Path ONTOLOGY = Path.of("ontology/hilf.ttl");
    static final String OWL = Vocab.OWL;

    static final List<String> CLASSES = List.of("Actor", "State", "Person", "Organization", "Alliance", "Place",
            "Event", "Meeting", "Summit", "Visit", "Statement", "Agreement", "Article", "Mention");

    /** Object properties of the contract: domain and range (null: none declared; "|" a union). */
    static final Map<String, String[]> OBJECT_PROPERTIES = Map.ofEntries(
            Map.entry("participant", new String[] {"Event", "Actor"}),
            Map.entry("place", new String[] {"Event", "Place"}),
            Map.entry("country", new String[] {"Place|Organization", "State"}),
            Map.entry("speaker", new String[] {"Statement", "Actor"}),
            Map.entry("onBehalfOf", new String[] {"Statement", "Actor"}),
            Map.entry("about", new String[] {"Statement", "Actor"}),
            Map.entry("memberOf", new String[] {"Actor", "Organization"}),
            Map.entry("partnerOf", new String[] {"Actor", "Organization"}),
            Map.entry("affiliation", new String[] {"Person", "Actor"}),
            Map.entry("evidence", new String[] {null, "Mention"}),
            Map.entry("article", new String[] {"Mention", "Article"}));

    /**
     * Datatype properties of the contract: domain and range. startDate and endDate are xsd:date in
     * the contract, which OWL 2 DL does not know: no range is declared (SHACL checks it).
     */
    static final Map<String, String[]> DATA_PROPERTIES = Map.ofEntries(
            Map.entry("startDate", new String[] {"Event", null}),
            Map.entry("endDate", new String[] {"Event", null}),
            Map.entry("year", new String[] {"Event", Vocab.XSD + "integer"}),
            Map.entry("planned", new String[] {"Event", Vocab.XSD + "boolean"}),
            Map.entry("quote", new String[] {"Statement", Vocab.RDF + "langString"}),
            Map.entry("title", new String[] {"Person", Vocab.RDF + "langString"}),
            Map.entry("isoCode", new String[] {"State", Vocab.XSD + "string"}),
            Map.entry("text", new String[] {"Mention", Vocab.XSD + "string"}),
            Map.entry("start", new String[] {"Mention", Vocab.XSD + "integer"}),
            Map.entry("end", new String[] {"Mention", Vocab.XSD + "integer"}));

    /** Terms that extend the contract: memberships over time (domain and range as above). */
    static final List<String> MEMBERSHIP_CLASSES = List.of("Membership", "MembershipStatus");
    static final Map<String, String[]> MEMBERSHIP_OBJECT_PROPERTIES = Map.ofEntries(
            Map.entry("observerOf", new String[] {"Actor", "Organization"}),
            Map.entry("candidateOf", new String[] {"Actor", "Organization"}),
            Map.entry("suspendedFrom", new String[] {"Actor", "Organization"}),
            Map.entry("member", new String[] {"Membership", "Actor"}),
            Map.entry("organization", new String[] {"Membership", "Organization"}),
            Map.entry("status", new String[] {"Membership", "MembershipStatus"}));
    static final Map<String, String[]> MEMBERSHIP_DATA_PROPERTIES = Map.ofEntries(
            Map.entry("since", new String[] {"Membership", Vocab.XSD + "integer"}),
            Map.entry("until", new String[] {"Membership", Vocab.XSD + "integer"}));
    static final List<String> STATUSES = List.of("FullMember", "Partner", "Observer", "Candidate", "Suspended");

    /** Terms that extend the contract: the people summary's count. */
    static final Map<String, String[]> SUMMARY_DATA_PROPERTIES = Map.of("mentionCount", new String[] {"Person", Vocab.XSD + "integer"});

    static Graph graph;

    @BeforeAll
    static void parse() { graph = RDFDataMgr.loadGraph(ONTOLOGY.toString()); }

    @Test
    void everyCoreTermIsDeclaredLabelledInEnglishAndArabicAndCommented() {
        List<String> missing = new ArrayList<>();
        CLASSES.forEach(c -> describedAs(c, OWL + "Class", missing));
        OBJECT_PROPERTIES.keySet().forEach(p -> describedAs(p, OWL + "ObjectProperty", missing));
        DATA_PROPERTIES.keySet().forEach(p -> describedAs(p, OWL + "DatatypeProperty", missing));
        assertEquals(List.of(), missing);
    }

    /** The terms of memberships over time: declared, labelled and commented in English and Arabic. */
    @Test
    void everyMembershipTermIsDeclaredLabelledAndCommentedInEnglishAndArabic() {
        List<String> missing = new ArrayList<>();
        MEMBERSHIP_CLASSES.forEach(c -> describedAs(c, OWL + "Class", missing));
        MEMBERSHIP_OBJECT_PROPERTIES.keySet().forEach(p -> describedAs(p, OWL + "ObjectProperty", missing));
        MEMBERSHIP_DATA_PROPERTIES.keySet().forEach(p -> describedAs(p, OWL + "DatatypeProperty", missing));
        STATUSES.forEach(i -> describedAs(i, Vocab.HILF + "MembershipStatus", missing));
        List<String> terms = new ArrayList<>(MEMBERSHIP_CLASSES);
        terms.addAll(MEMBERSHIP_OBJECT_PROPERTIES.keySet());
        terms.addAll(MEMBERSHIP_DATA_PROPERTIES.keySet());
        terms.addAll(STATUSES);
        for (String t : terms) {
            if (graph.stream(Vocab.hilf(t), Vocab.iri(Vocab.RDFS + "comment"), Node.ANY)
                    .noneMatch(x -> "ar".equals(x.getObject().getLiteralLanguage()))) {
                missing.add(t + " has no rdfs:comment@ar");
            }
        }
        assertEquals(List.of(), missing);
        List<String> wrong = new ArrayList<>();
        Map<String, String[]> all = new java.util.HashMap<>(MEMBERSHIP_OBJECT_PROPERTIES);
        all.putAll(MEMBERSHIP_DATA_PROPERTIES);
        all.forEach((p, dr) -> {
            check(p, "domain", Vocab.HILF + dr[0], wrong);
            check(p, "range", dr[1].startsWith("http") ? dr[1] : Vocab.HILF + dr[1], wrong);
        });
        assertEquals(List.of(), wrong);
    }

    /** The people summary's count: declared, labelled and commented in English and Arabic, on persons, an integer. */
    @Test
    void thePeopleSummaryTermIsDescribed() {
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        SUMMARY_DATA_PROPERTIES.forEach((p, dr) -> {
            describedAs(p, OWL + "DatatypeProperty", missing);
            if (graph.stream(Vocab.hilf(p), Vocab.iri(Vocab.RDFS + "comment"), Node.ANY)
                    .noneMatch(x -> "ar".equals(x.getObject().getLiteralLanguage()))) {
                missing.add(p + " has no rdfs:comment@ar");
            }
            check(p, "domain", Vocab.HILF + dr[0], wrong);
            check(p, "range", dr[1], wrong);
        });
        assertEquals(List.of(), missing);
        assertEquals(List.of(), wrong);
        assertTrue(graph.contains(Vocab.MENTION_COUNT, Vocab.TYPE, Vocab.iri(OWL + "FunctionalProperty")));
    }

    private static void describedAs(String local, String kind, List<String> missing) {
        Node term = Vocab.hilf(local);
        if (!graph.contains(term, Vocab.TYPE, Vocab.iri(kind))) {
            missing.add(local + " is not declared " + kind);
        }
        for (String lang : new String[] {"en", "ar"}) {
            if (graph.stream(term, Vocab.LABEL, Node.ANY).noneMatch(t -> lang.equals(t.getObject().getLiteralLanguage()))) {
                missing.add(local + " has no rdfs:label@" + lang);
            }
        }
        if (!graph.contains(term, Vocab.iri(Vocab.RDFS + "comment"), Node.ANY)) {
            missing.add(local + " has no rdfs:comment");
        }
    }

    @Test
    void domainsAndRangesAreTheContracts() {
        List<String> wrong = new ArrayList<>();
        Map<String, String[]> all = new java.util.HashMap<>(OBJECT_PROPERTIES);
        all.putAll(DATA_PROPERTIES);
        all.forEach((p, dr) -> {
            String domain = dr[0] == null ? null : dr[0].contains("|") ? dr[0] : Vocab.HILF + dr[0];
            String range = dr[1] == null ? null : dr[1].startsWith("http") ? dr[1] : Vocab.HILF + dr[1];
            check(p, "domain", domain, wrong);
            check(p, "range", range, wrong);
        });
        assertEquals(List.of(), wrong);
    }

    private static void check(String p, String which, String expected, List<String> wrong) {
        List<Node> values = graph.stream(Vocab.hilf(p), Vocab.iri(Vocab.RDFS + which), Node.ANY).map(t -> t.getObject()).toList();
        if (expected == null) {
            if (!values.isEmpty()) {
                wrong.add(p + " has a " + which + " " + values + ", the contract none in OWL 2 DL");
            }
            return;
        }
        if (values.size() != 1) {
            wrong.add(p + " has " + which + "s " + values + ", expected " + expected);
        } else if (expected.contains("|")) {
            // A union: rdfs:domain [ owl:unionOf ( A B ) ].
            Node union = graph.stream(values.get(0), Vocab.iri(OWL + "unionOf"), Node.ANY).map(t -> t.getObject()).findFirst().orElse(null);
            List<String> members = union == null ? List.of()
                    : GraphList.members(org.apache.jena.sparql.util.graph.GNode.create(graph, union)).stream().map(Node::getURI).sorted().toList();
            List<String> want = java.util.Arrays.stream(expected.split("\\|")).map(c -> Vocab.HILF + c).sorted().toList();
            if (!members.equals(want)) {
                wrong.add(p + " " + which + " is the union of " + members + ", expected " + want);
            }
        } else if (!values.get(0).isURI() || !values.get(0).getURI().equals(expected)) {
            wrong.add(p + " " + which + " is " + values.get(0) + ", expected " + expected);
        }
    }

    @Test
    void theHeaderHasWhatProtegeShows() {
        Node o = Vocab.iri(Vocab.ONTOLOGY);
        assertTrue(graph.contains(o, Vocab.TYPE, Vocab.iri(OWL + "Ontology")));
        for (String p : new String[] {OWL + "versionIRI", OWL + "versionInfo", Vocab.DCT + "creator", Vocab.DCT + "license",
                Vocab.DCT + "description", Vocab.DCT + "title", Vocab.RDFS + "label"}) {
            assertTrue(graph.contains(o, Vocab.iri(p), Node.ANY), "the ontology header has no " + p);
        }
        assertEquals(1, graph.stream(Node.ANY, Vocab.TYPE, Vocab.iri(OWL + "Ontology")).count());
    }

    @Test
    void theOntologyAloneIsOwl2DlAndConsistent() throws Exception {
        OwlCheck.Loaded l = OwlCheck.load(ONTOLOGY);
        assertTrue(l.unparsed().isEmpty() && l.guessed().isEmpty() && l.violations().isEmpty(), l.problems());
        assertTrue(OwlCheck.consistent(l.ontology()), "HermiT finds the ontology inconsistent");
    }

    @Test
    void hermitEntailsTheContractsHierarchyDisjointnessAndAlignments() throws Exception {
        OwlCheck.Loaded l = OwlCheck.load(ONTOLOGY);
        OWLDataFactory f = OWLManager.getOWLDataFactory();
        List<OWLAxiom> expected = new ArrayList<>(List.of(
                f.getOWLSubClassOfAxiom(c("State"), c("Actor")),
                f.getOWLSubClassOfAxiom(c("Person"), c("Actor")),
                f.getOWLSubClassOfAxiom(c("Organization"), c("Actor")),
                f.getOWLSubClassOfAxiom(c("Alliance"), c("Organization")),
                f.getOWLSubClassOfAxiom(c("Meeting"), c("Event")),
                f.getOWLSubClassOfAxiom(c("Summit"), c("Meeting")),
                f.getOWLSubClassOfAxiom(c("Visit"), c("Meeting")),
                f.getOWLSubClassOfAxiom(c("Statement"), c("Event")),
                f.getOWLSubClassOfAxiom(c("Agreement"), c("Event")),
                // a State is not a Person; an Event is not an Actor
                f.getOWLDisjointClassesAxiom(c("State"), c("Person")),
                f.getOWLDisjointClassesAxiom(c("Event"), c("Actor")),
                f.getOWLDisjointClassesAxiom(c("Alliance"), c("State")),
                f.getOWLDisjointClassesAxiom(c("Place"), c("Actor")),
                f.getOWLDisjointClassesAxiom(c("Mention"), c("Article")),
                // aligned, not imported
                f.getOWLSubClassOfAxiom(c("Event"), ext("https://schema.org/Event")),
                f.getOWLSubClassOfAxiom(c("Person"), ext("https://schema.org/Person")),
                f.getOWLSubClassOfAxiom(c("Organization"), ext("https://schema.org/Organization")),
                f.getOWLSubClassOfAxiom(c("State"), ext("https://schema.org/Country")),
                f.getOWLSubClassOfAxiom(c("Summit"), ext("http://semanticweb.cs.vu.nl/2009/11/sem/Event")),
                f.getOWLSubClassOfAxiom(c("Alliance"), ext("http://semanticweb.cs.vu.nl/2009/11/sem/Actor")),
                f.getOWLSubClassOfAxiom(c("Place"), ext("http://semanticweb.cs.vu.nl/2009/11/sem/Place")),
                f.getOWLSubClassOfAxiom(c("Article"), ext("http://www.w3.org/ns/prov#Entity")),
                f.getOWLSubClassOfAxiom(c("Mention"), ext("http://www.w3.org/ns/prov#Entity")),
                f.getOWLSubObjectPropertyOfAxiom(f.getOWLObjectProperty(IRI.create(Vocab.HILF + "visitor")),
                        f.getOWLObjectProperty(IRI.create("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor")))));
        assertEquals(List.of(), OwlCheck.notEntailed(l.ontology(), expected));
        assertTrue(graph.contains(Vocab.MEETING, Vocab.iri(Vocab.SKOS + "closeMatch"),
                Vocab.iri("https://github.com/openeventdata/PLOVER#CONSULT")), "Meeting is not mapped to PLOVER's CONSULT");
    }

    /** Memberships over time as HermiT sees them; a member that is also an observer is a contradiction. */
    @Test
    void hermitEntailsTheMembershipModel() throws Exception {
        OwlCheck.Loaded l = OwlCheck.load(ONTOLOGY);
        OWLDataFactory f = OWLManager.getOWLDataFactory();
        List<OWLAxiom> expected = List.of(
                f.getOWLSubObjectPropertyOfAxiom(p("observerOf"), p("partnerOf")),
                f.getOWLSubObjectPropertyOfAxiom(p("candidateOf"), p("partnerOf")),
                f.getOWLSubClassOfAxiom(c("Membership"), ext("http://www.w3.org/ns/org#Membership")),
                f.getOWLDisjointClassesAxiom(c("Membership"), c("Actor")),
                f.getOWLDisjointClassesAxiom(c("MembershipStatus"), c("Event")),
                f.getOWLDisjointObjectPropertiesAxiom(p("memberOf"), p("observerOf")),
                f.getOWLFunctionalObjectPropertyAxiom(p("member")),
                f.getOWLClassAssertionAxiom(c("MembershipStatus"), i("Observer")),
                f.getOWLDifferentIndividualsAxiom(i("FullMember"), i("Suspended")));
        assertEquals(List.of(), OwlCheck.notEntailed(l.ontology(), expected));
        // a suspension is no membership and no partnership: the member's membership is stated beside it
        List<OWLAxiom> unwanted = List.of(f.getOWLSubObjectPropertyOfAxiom(p("suspendedFrom"), p("memberOf")),
                f.getOWLSubObjectPropertyOfAxiom(p("suspendedFrom"), p("partnerOf")));
        assertEquals(unwanted, OwlCheck.notEntailed(l.ontology(), unwanted));

        org.semanticweb.owlapi.model.OWLNamedIndividual x = f.getOWLNamedIndividual(IRI.create(Vocab.ID + "state/IR"));
        org.semanticweb.owlapi.model.OWLNamedIndividual sco = f.getOWLNamedIndividual(IRI.create(Vocab.ID + "org/sco"));
        l.ontology().getOWLOntologyManager().addAxioms(l.ontology(), java.util.stream.Stream.of(
                f.getOWLObjectPropertyAssertionAxiom(p("memberOf"), x, sco),
                f.getOWLObjectPropertyAssertionAxiom(p("observerOf"), x, sco)));
        assertFalse(OwlCheck.consistent(l.ontology()), "a member that is an observer too");
    }

    private static org.semanticweb.owlapi.model.OWLObjectProperty p(String local) {
        return OWLManager.getOWLDataFactory().getOWLObjectProperty(IRI.create(Vocab.HILF + local));
    }

    private static org.semanticweb.owlapi.model.OWLNamedIndividual i(String local) {
        return OWLManager.getOWLDataFactory().getOWLNamedIndividual(IRI.create(Vocab.HILF + local));
    }

    private static OWLClass c(String local) { return ext(Vocab.HILF + local); }

    private static OWLClass ext(String iri) { return OWLManager.getOWLDataFactory().getOWLClass(IRI.create(iri)); }
}
