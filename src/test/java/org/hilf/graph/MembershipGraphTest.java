package org.hilf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.hilf.annotate.Entity;
import org.hilf.annotate.EntityType;
import org.hilf.annotate.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Memberships over time in the graph: the direct properties state only what holds now, every tie is a dated
 * hilf:Membership, the graph keeps the shapes, and queries/members-over-time.rq answers for a year on the bundled
 * gazetteer.
 */
class MembershipGraphTest {
    static Graph bundled;

    @BeforeAll
    static void mapTheBundledGazetteer() { bundled = map(Gazetteer.load()); }

    /** The ontology and the gazetteer, as the store's union holds them. */
    static Graph map(Gazetteer g) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        ReferenceMapper.ontology(StreamRDFLib.dataset(dsg));
        ReferenceMapper.gazetteer(g, StreamRDFLib.dataset(dsg));
        return dsg.getUnionGraph();
    }

    private static Node id(String local) { return Iris.entity(local); }

    private static Node integer(int v) { return NodeFactory.createLiteralDT(Integer.toString(v), XSDDatatype.XSDinteger); }

    private static Entity state(String iso, String en) {
        return new Entity("state/" + iso, EntityType.STATE, "دولة " + iso, en, null, iso, null, null, null);
    }

    private static Entity org(String id) {
        return new Entity("org/" + id, EntityType.ORGANIZATION, "منظمة " + id, id.toUpperCase(), null, null, null, null, null);
    }

    @Test
    void theDirectPropertiesStateOnlyWhatHoldsNow() {
        Gazetteer g = new Gazetteer.Builder().asOf(2026)
                .entity(state("GB", "United Kingdom")).entity(state("IR", "Iran")).entity(state("AM", "Armenia"))
                .entity(state("UA", "Ukraine")).entity(state("GN", "Guinea"))
                .entity(org("eu")).entity(org("sco")).entity(org("csto")).entity(org("eaeu")).entity(org("african-union"))
                .tie(new Entity.Tie("state/GB", "memberOf", "org/eu", 1973, 2020))
                .tie(new Entity.Tie("state/IR", "observerOf", "org/sco", 2005, 2023))
                .tie(new Entity.Tie("state/IR", "memberOf", "org/sco", 2023, null))
                .tie(new Entity.Tie("state/IR", "observerOf", "org/eaeu", 2024, null))
                .tie(new Entity.Tie("state/AM", "memberOf", "org/csto", 2002, null))
                .tie(new Entity.Tie("state/AM", "suspendedFrom", "org/csto", 2024, null))
                .tie(new Entity.Tie("state/UA", "candidateOf", "org/eu", 2022, null))
                .tie(new Entity.Tie("state/GN", "memberOf", "org/african-union", 2002, null))
                .tie(new Entity.Tie("state/GN", "suspendedFrom", "org/african-union", 2021, 2026))
                .build();
        Graph graph = map(g);
        assertFalse(graph.contains(id("state/GB"), Vocab.MEMBER_OF, id("org/eu")), "the United Kingdom left the EU");
        assertFalse(graph.contains(id("state/IR"), Vocab.OBSERVER_OF, id("org/sco")));
        assertFalse(graph.contains(id("state/IR"), Vocab.PARTNER_OF, id("org/sco")));
        assertTrue(graph.contains(id("state/IR"), Vocab.MEMBER_OF, id("org/sco")));
        assertTrue(graph.contains(id("state/IR"), Vocab.OBSERVER_OF, id("org/eaeu")));
        assertTrue(graph.contains(id("state/IR"), Vocab.PARTNER_OF, id("org/eaeu")), "an observer is a partner, for SPARQL without a reasoner");
        assertTrue(graph.contains(id("state/UA"), Vocab.CANDIDATE_OF, id("org/eu")));
        assertTrue(graph.contains(id("state/UA"), Vocab.PARTNER_OF, id("org/eu")));
        assertFalse(graph.contains(id("state/UA"), Vocab.MEMBER_OF, id("org/eu")));
        assertTrue(graph.contains(id("state/AM"), Vocab.SUSPENDED_FROM, id("org/csto")));
        assertTrue(graph.contains(id("state/AM"), Vocab.MEMBER_OF, id("org/csto")), "a suspended member remains a member");
        assertFalse(graph.contains(id("state/GN"), Vocab.SUSPENDED_FROM, id("org/african-union")), "lifted in 2026");

        Node uk = id("membership/GB-memberOf-eu-1973-2020");
        assertTrue(graph.contains(uk, Vocab.TYPE, Vocab.MEMBERSHIP));
        assertTrue(graph.contains(uk, Vocab.MEMBER, id("state/GB")));
        assertTrue(graph.contains(uk, Vocab.ORGANIZATION_P, id("org/eu")));
        assertTrue(graph.contains(uk, Vocab.STATUS, Vocab.hilf("FullMember")));
        assertTrue(graph.contains(uk, Vocab.SINCE, integer(1973)));
        assertTrue(graph.contains(uk, Vocab.UNTIL, integer(2020)));
        assertTrue(graph.contains(id("membership/AM-suspendedFrom-csto-2024"), Vocab.STATUS, Vocab.hilf("Suspended")));
        assertTrue(graph.contains(id("membership/IR-observerOf-sco-2005-2023"), Vocab.STATUS, Vocab.hilf("Observer")));
        assertEquals(9, graph.find(Node.ANY, Vocab.TYPE, Vocab.MEMBERSHIP).toList().size(), "one membership per tie");

        ValidationReport r = HilfShapes.validate(graph);
        assertTrue(r.conforms(), String.join("\n", HilfShapes.lines(r)));
    }

    @Test
    void theBundledGazetteerStatesTodaysTiesAndKeepsThePastOnes() {
        assertFalse(bundled.contains(id("state/GB"), Vocab.MEMBER_OF, id("org/eu")));
        assertTrue(bundled.contains(id("membership/GB-memberOf-eu-1973-2020"), Vocab.UNTIL, integer(2020)));
        assertFalse(bundled.contains(id("state/SY"), Vocab.SUSPENDED_FROM, id("org/arab-league")), "readmitted in 2023");
        assertTrue(bundled.contains(id("state/SY"), Vocab.MEMBER_OF, id("org/arab-league")));
        assertFalse(bundled.contains(id("state/ML"), Vocab.MEMBER_OF, id("org/ecowas")), "left in 2025");
        assertTrue(bundled.contains(id("state/AM"), Vocab.SUSPENDED_FROM, id("org/csto")));
        assertTrue(bundled.contains(id("state/JP"), Vocab.PARTNER_OF, id("org/nato")));
        assertFalse(bundled.contains(id("state/JP"), Vocab.MEMBER_OF, id("org/nato")));
        assertTrue(bundled.find(Node.ANY, Vocab.TYPE, Vocab.MEMBERSHIP).toList().size() > 1100);
    }

    @Test
    void theBundledGazetteerKeepsTheShapes() {
        ValidationReport r = HilfShapes.validate(bundled);
        assertTrue(r.conforms(), String.join("\n", HilfShapes.lines(r)));
    }

    /** The ISO codes of the members of an organization in a year, by queries/members-over-time.rq. */
    static Set<String> members(String organization, int year) throws Exception {
        String q = Files.readString(Path.of("queries/members-over-time.rq"));
        String values = "(<" + Vocab.ID + "org/" + organization + "> " + year + ")";
        String asked = q.replaceFirst("\\(<https://w3id\\.org/hilf/id/org/[a-z0-9-]+> [0-9]{4}\\)", java.util.regex.Matcher.quoteReplacement(values));
        assertTrue(asked.contains(values), "the query's VALUES line was not found");
        Set<String> codes = new TreeSet<>();
        List<String> suspended = new ArrayList<>();
        QueryExec.graph(bundled).query(asked).select().forEachRemaining(b -> {
            String code = b.get("code") == null ? b.get("member").getURI() : b.get("code").getLiteralLexicalForm();
            codes.add(code);
            if (Boolean.parseBoolean(b.get("suspended").getLiteralLexicalForm())) {
                suspended.add(code);
            }
        });
        if (!suspended.isEmpty()) {
            codes.add("suspended:" + String.join(",", new TreeSet<>(suspended)));
        }
        return codes;
    }

    @Test
    void theMembersOfAnOrganizationInAYear() throws Exception {
        Set<String> sco2022 = members("sco", 2022);
        assertEquals(Set.of("CN", "IN", "KG", "KZ", "PK", "RU", "TJ", "UZ"), sco2022, "SCO 2022: Iran joined in 2023");
        Set<String> sco2024 = members("sco", 2024);
        assertTrue(sco2024.containsAll(Set.of("IR", "BY", "CN", "IN")), sco2024.toString());
        Set<String> nato2023 = members("nato", 2023);
        assertTrue(nato2023.contains("FI") && !nato2023.contains("SE"), "NATO 2023: Finland, not yet Sweden");
        assertEquals(31, nato2023.size(), nato2023.toString());
        assertTrue(members("eu", 2020).contains("GB") && !members("eu", 2021).contains("GB"), "Brexit, 31 January 2020");
        assertTrue(members("arab-league", 2015).contains("suspended:SY"), "Syria, suspended 2011-2023");
        assertFalse(members("arab-league", 2024).stream().anyMatch(c -> c.startsWith("suspended:")), members("arab-league", 2024).toString());
    }
}
