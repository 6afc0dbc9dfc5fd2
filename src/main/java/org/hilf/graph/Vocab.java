package org.hilf.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The IRIs of the core vocabulary (shared/spec/ontology-core.md) and the namespaces used with it. */
public final class Vocab {
    public static final String HILF = "https://w3id.org/hilf/ontology#";
    public static final String ONTOLOGY = "https://w3id.org/hilf/ontology";
    public static final String ID = "https://w3id.org/hilf/id/";
    public static final String GRAPH = "https://w3id.org/hilf/graph/";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    /** Named graphs of the reference data. */
    public static final Node ONTOLOGY_GRAPH = iri(GRAPH + "ontology");
    public static final Node GAZETTEER_GRAPH = iri(GRAPH + "gazetteer");
    /**
     * The people summary: derived from the other graphs, kept by every write of the store
     * ({@code org.hilf.store.PeopleSummary}); no article's and no source of facts.
     */
    public static final Node PEOPLE_GRAPH = iri(GRAPH + "people");

    public static final Node TYPE = iri(RDF + "type");
    public static final Node LABEL = iri(RDFS + "label");
    public static final Node ALT_LABEL = iri(SKOS + "altLabel");
    public static final Node SAME_AS = iri(OWL + "sameAs");

    public static final Node ACTOR = hilf("Actor");
    public static final Node STATE = hilf("State");
    public static final Node PERSON = hilf("Person");
    public static final Node ORGANIZATION = hilf("Organization");
    public static final Node ALLIANCE = hilf("Alliance");
    public static final Node PLACE = hilf("Place");
    public static final Node EVENT = hilf("Event");
    public static final Node MEETING = hilf("Meeting");
    public static final Node SUMMIT = hilf("Summit");
    public static final Node VISIT = hilf("Visit");
    public static final Node STATEMENT = hilf("Statement");
    public static final Node AGREEMENT = hilf("Agreement");
    public static final Node ARTICLE = hilf("Article");
    public static final Node MENTION = hilf("Mention");
    public static final Node MEMBERSHIP = hilf("Membership");

    public static final Node PARTICIPANT = hilf("participant");
    public static final Node VISITOR = hilf("visitor");
    public static final Node HOST = hilf("host");
    public static final Node PLACE_P = hilf("place");
    public static final Node COUNTRY = hilf("country");
    public static final Node START_DATE = hilf("startDate");
    public static final Node END_DATE = hilf("endDate");
    public static final Node YEAR = hilf("year");
    public static final Node PLANNED = hilf("planned");
    public static final Node SPEAKER = hilf("speaker");
    public static final Node ON_BEHALF_OF = hilf("onBehalfOf");
    public static final Node ABOUT = hilf("about");
    public static final Node QUOTE = hilf("quote");
    public static final Node DATE_BASIS = hilf("dateBasis");
    public static final Node MEMBER_OF = hilf("memberOf");
    public static final Node PARTNER_OF = hilf("partnerOf");
    public static final Node OBSERVER_OF = hilf("observerOf");
    public static final Node CANDIDATE_OF = hilf("candidateOf");
    public static final Node SUSPENDED_FROM = hilf("suspendedFrom");
    public static final Node MEMBER = hilf("member");
    public static final Node ORGANIZATION_P = hilf("organization");
    public static final Node STATUS = hilf("status");
    public static final Node SINCE = hilf("since");
    public static final Node UNTIL = hilf("until");
    public static final Node AFFILIATION = hilf("affiliation");
    public static final Node TITLE = hilf("title");
    public static final Node ISO_CODE = hilf("isoCode");
    public static final Node EVIDENCE = hilf("evidence");
    public static final Node ARTICLE_P = hilf("article");
    public static final Node TEXT = hilf("text");
    public static final Node START = hilf("start");
    public static final Node END = hilf("end");
    public static final Node SURFACE = hilf("surface");
    public static final Node CONFIDENCE = hilf("confidence");
    public static final Node TRIGGER = hilf("trigger");
    public static final Node DATE_TEXT = hilf("dateText");
    public static final Node DATE_RESOLVED = hilf("dateResolved");
    public static final Node GRANULARITY = hilf("granularity");
    public static final Node ISSUED_BASIS = hilf("issuedBasis");
    public static final Node SOURCE_PATH = hilf("sourcePath");
    public static final Node MENTION_COUNT = hilf("mentionCount");

    public static final Node DCT_TITLE = iri(DCT + "title");
    public static final Node DCT_ISSUED = iri(DCT + "issued");
    public static final Node DCT_LANGUAGE = iri(DCT + "language");
    public static final Node DCT_SOURCE = iri(DCT + "source");
    public static final Node DCT_PUBLISHER = iri(DCT + "publisher");
    public static final Node SCHEMA_URL = iri(SCHEMA + "url");

    private Vocab() { }

    /** True for an article's graph: a named graph that is neither reference data nor the people summary. */
    public static boolean isArticleGraph(Node g) {
        return g != null && !org.apache.jena.sparql.core.Quad.isDefaultGraph(g) && !g.equals(ONTOLOGY_GRAPH)
                && !g.equals(GAZETTEER_GRAPH) && !g.equals(PEOPLE_GRAPH);
    }

    public static Node hilf(String local) { return iri(HILF + local); }

    public static Node iri(String iri) { return NodeFactory.createURI(iri); }
}
