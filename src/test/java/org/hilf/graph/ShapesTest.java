package org.hilf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.hilf.Ingestion;
import org.hilf.store.HilfStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SHACL shapes: the bundled articles' graph conforms (but for the known annotator defect named
 * below), a small hand-made graph that keeps every promise conforms, and each broken promise is
 * reported at the right resource and property.
 */
class ShapesTest {
    static final String PREFIXES = """
            PREFIX hilf: <https://w3id.org/hilf/ontology#>
            PREFIX id: <https://w3id.org/hilf/id/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            PREFIX wd: <http://www.wikidata.org/entity/>
            """;

    /** A graph that keeps every promise: one of each kind of resource the mappers write. */
    static final String VALID = """
            id:state\\/JP a hilf:State , hilf:Actor ; rdfs:label "اليابان"@ar , "Japan"@en ; hilf:isoCode "JP" ;
                owl:sameAs wd:Q17 ; hilf:memberOf id:org\\/g7 ; hilf:partnerOf id:org\\/nato .
            id:state\\/LT a hilf:State , hilf:Actor ; rdfs:label "ليتوانيا"@ar ; hilf:isoCode "LT" .
            id:org\\/nato a hilf:Alliance , hilf:Organization , hilf:Actor ; rdfs:label "حلف شمال الأطلسي"@ar ;
                skos:altLabel "الناتو"@ar ; owl:sameAs wd:Q7184 .
            id:org\\/g7 a hilf:Alliance , hilf:Organization , hilf:Actor ; rdfs:label "مجموعة السبع"@ar .
            id:org\\/mofa-jp a hilf:Organization , hilf:Actor ; rdfs:label "وزارة الخارجية اليابانية"@ar ; hilf:country id:state\\/JP .
            id:person\\/fumio-kishida a hilf:Person , hilf:Actor ; rdfs:label "فوميو كيشيدا"@ar ;
                hilf:title "رئيس الوزراء الياباني"@ar ; hilf:affiliation id:state\\/JP ; hilf:mentionCount 2 .
            id:place\\/capital-LT a hilf:Place ; rdfs:label "فيلنيوس"@ar ; hilf:country id:state\\/LT .
            id:article\\/a a hilf:Article ; dcterms:title "قمة فيلنيوس"@ar ; dcterms:issued "2023-07-12"^^xsd:date ;
                dcterms:language "ar" ; dcterms:source "a.txt" ; schema:url "https://example.org/a"^^xsd:anyURI .
            id:mention\\/a-0-40 a hilf:Mention ; hilf:article id:article\\/a ; hilf:text "التقى كيشيدا الأمين العام في فيلنيوس." ;
                hilf:start 0 ; hilf:end 40 ; hilf:surface "كيشيدا" .
            id:event\\/m a hilf:Summit , hilf:Meeting , hilf:Event ; hilf:participant id:org\\/nato , id:state\\/JP , id:person\\/fumio-kishida ;
                hilf:host id:state\\/LT ; hilf:place id:place\\/capital-LT ; hilf:startDate "2023-07-11"^^xsd:date ;
                hilf:endDate "2023-07-12"^^xsd:date ; hilf:year 2023 ; hilf:planned false ; hilf:evidence id:mention\\/a-0-40 .
            id:membership\\/JP-memberOf-g7-1975 a hilf:Membership ; hilf:member id:state\\/JP ; hilf:organization id:org\\/g7 ;
                hilf:status hilf:FullMember ; hilf:since 1975 .
            id:membership\\/JP-partnerOf-nato a hilf:Membership ; hilf:member id:state\\/JP ; hilf:organization id:org\\/nato ;
                hilf:status hilf:Partner .
            id:membership\\/LT-observerOf-g7-2000-2010 a hilf:Membership ; hilf:member id:state\\/LT ; hilf:organization id:org\\/g7 ;
                hilf:status hilf:Observer ; hilf:since 2000 ; hilf:until 2010 .
            id:event\\/s a hilf:Statement , hilf:Event ; hilf:speaker id:person\\/fumio-kishida ; hilf:onBehalfOf id:state\\/JP ;
                hilf:about id:org\\/nato ; hilf:quote "لا يوجد شريك أقرب"@ar ; hilf:planned false ; hilf:evidence id:mention\\/a-0-40 .
            """;

    static Graph valid() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + VALID, Lang.TURTLE).parse(g);
        // The ontology too, as in the store's union: sh:class follows its rdfs:subClassOf.
        RDFParser.source(Path.of("ontology/hilf.ttl")).parse(g);
        return g;
    }

    @Test
    void theHandMadeGraphConforms() {
        ValidationReport r = HilfShapes.validate(valid());
        assertTrue(r.conforms(), String.join("\n", HilfShapes.lines(r)));
    }

    /** A broken promise: an update of the valid graph, and the resource and property it breaks ("-": the resource). */
    static Stream<Arguments> brokenPromises() {
        return Stream.of(
                // node-level: two participants, or one of them an organization (its own meeting)
                broken("a meeting with one participant, not an organization",
                        "DELETE DATA { id:event\\/m hilf:participant id:org\\/nato , id:person\\/fumio-kishida }", "id:event/m", "-"),
                broken("a statement without a speaker",
                        "DELETE DATA { id:event\\/s hilf:speaker id:person\\/fumio-kishida }", "id:event/s", "hilf:speaker"),
                broken("a statement without evidence",
                        "DELETE DATA { id:event\\/s hilf:evidence id:mention\\/a-0-40 }", "id:event/s", "hilf:evidence"),
                broken("a start date as a plain string",
                        "DELETE DATA { id:event\\/m hilf:startDate \"2023-07-11\"^^xsd:date } ; INSERT DATA { id:event\\/m hilf:startDate \"2023-07-11\" }",
                        "id:event/m", "hilf:startDate"),
                broken("an end date as an xsd:dateTime",
                        "DELETE DATA { id:event\\/m hilf:endDate \"2023-07-12\"^^xsd:date } ; INSERT DATA { id:event\\/m hilf:endDate \"2023-07-12T00:00:00\"^^xsd:dateTime }",
                        "id:event/m", "hilf:endDate"),
                broken("an issued date as a year",
                        "DELETE DATA { id:article\\/a dcterms:issued \"2023-07-12\"^^xsd:date } ; INSERT DATA { id:article\\/a dcterms:issued \"2023\"^^xsd:gYear }",
                        "id:article/a", "dcterms:issued"),
                broken("a start date after the end date",
                        "DELETE DATA { id:event\\/m hilf:startDate \"2023-07-11\"^^xsd:date } ; INSERT DATA { id:event\\/m hilf:startDate \"2023-07-13\"^^xsd:date }",
                        "id:event/m", "hilf:startDate"),
                broken("a year as a string",
                        "DELETE DATA { id:event\\/m hilf:year 2023 } ; INSERT DATA { id:event\\/m hilf:year \"2023\" }", "id:event/m", "hilf:year"),
                broken("a year that is not the start date's",
                        "DELETE DATA { id:event\\/m hilf:year 2023 } ; INSERT DATA { id:event\\/m hilf:year 2022 }", "id:event/m", "hilf:year"),
                broken("an event without 'planned'",
                        "DELETE DATA { id:event\\/m hilf:planned false }", "id:event/m", "hilf:planned"),
                broken("an event without evidence",
                        "DELETE DATA { id:event\\/m hilf:evidence id:mention\\/a-0-40 }", "id:event/m", "hilf:evidence"),
                broken("a participant that is not an actor",
                        "INSERT DATA { id:event\\/m hilf:participant id:place\\/capital-LT }", "id:event/m", "hilf:participant"),
                broken("a place that is not a place",
                        "INSERT DATA { id:event\\/m hilf:place id:state\\/LT }", "id:event/m", "hilf:place"),
                broken("an event that is an actor",
                        "INSERT DATA { id:event\\/s a hilf:Actor }", "id:event/s", "-"),
                broken("a state without an ISO code",
                        "DELETE DATA { id:state\\/LT hilf:isoCode \"LT\" }", "id:state/LT", "hilf:isoCode"),
                broken("a lower-case ISO code",
                        "DELETE DATA { id:state\\/LT hilf:isoCode \"LT\" } ; INSERT DATA { id:state\\/LT hilf:isoCode \"lt\" }", "id:state/LT", "hilf:isoCode"),
                broken("two ISO codes",
                        "INSERT DATA { id:state\\/LT hilf:isoCode \"LI\" }", "id:state/LT", "hilf:isoCode"),
                broken("a three-letter ISO code",
                        "DELETE DATA { id:state\\/LT hilf:isoCode \"LT\" } ; INSERT DATA { id:state\\/LT hilf:isoCode \"LTU\" }", "id:state/LT", "hilf:isoCode"),
                broken("a state that is a person",
                        "INSERT DATA { id:state\\/LT a hilf:Person }", "id:state/LT", "-"),
                broken("an actor without an Arabic label",
                        "DELETE DATA { id:org\\/g7 rdfs:label \"مجموعة السبع\"@ar } ; INSERT DATA { id:org\\/g7 rdfs:label \"G7\"@en }", "id:org/g7", "rdfs:label"),
                broken("a place without an Arabic label",
                        "DELETE DATA { id:place\\/capital-LT rdfs:label \"فيلنيوس\"@ar }", "id:place/capital-LT", "rdfs:label"),
                broken("an owl:sameAs that is not a Wikidata item",
                        "INSERT DATA { id:org\\/g7 owl:sameAs <https://example.org/g7> }", "id:org/g7", "owl:sameAs"),
                broken("membership of a state",
                        "INSERT DATA { id:state\\/JP hilf:memberOf id:state\\/LT }", "id:state/JP", "hilf:memberOf"),
                broken("a membership stated directly that no membership says",
                        "INSERT DATA { id:state\\/LT hilf:memberOf id:org\\/nato }", "id:state/LT", "hilf:memberOf"),
                broken("a membership that ended, stated directly",
                        "INSERT DATA { id:state\\/LT hilf:observerOf id:org\\/g7 }", "id:state/LT", "hilf:observerOf"),
                broken("a partnership stated as membership",
                        "INSERT DATA { id:state\\/JP hilf:memberOf id:org\\/nato }", "id:state/JP", "hilf:memberOf"),
                broken("a suspension of something that is no organization",
                        "INSERT DATA { id:state\\/JP hilf:suspendedFrom id:place\\/capital-LT }", "id:state/JP", "hilf:suspendedFrom"),
                broken("a membership without a member",
                        "DELETE DATA { id:membership\\/LT-observerOf-g7-2000-2010 hilf:member id:state\\/LT }",
                        "id:membership/LT-observerOf-g7-2000-2010", "hilf:member"),
                broken("a membership of two organizations",
                        "INSERT DATA { id:membership\\/JP-partnerOf-nato hilf:organization id:org\\/g7 }", "id:membership/JP-partnerOf-nato", "hilf:organization"),
                broken("a membership in a state",
                        "DELETE DATA { id:membership\\/LT-observerOf-g7-2000-2010 hilf:organization id:org\\/g7 } ; "
                                + "INSERT DATA { id:membership\\/LT-observerOf-g7-2000-2010 hilf:organization id:state\\/JP }",
                        "id:membership/LT-observerOf-g7-2000-2010", "hilf:organization"),
                broken("a membership of an organization in itself",
                        "DELETE DATA { id:membership\\/LT-observerOf-g7-2000-2010 hilf:member id:state\\/LT } ; "
                                + "INSERT DATA { id:membership\\/LT-observerOf-g7-2000-2010 hilf:member id:org\\/g7 }",
                        "id:membership/LT-observerOf-g7-2000-2010", "hilf:member"),
                broken("a membership with a status of its own",
                        "DELETE DATA { id:membership\\/LT-observerOf-g7-2000-2010 hilf:status hilf:Observer } ; "
                                + "INSERT DATA { id:membership\\/LT-observerOf-g7-2000-2010 hilf:status hilf:Guest }",
                        "id:membership/LT-observerOf-g7-2000-2010", "hilf:status"),
                broken("a membership without a status",
                        "DELETE DATA { id:membership\\/LT-observerOf-g7-2000-2010 hilf:status hilf:Observer }",
                        "id:membership/LT-observerOf-g7-2000-2010", "hilf:status"),
                broken("a year of a membership as a string",
                        "DELETE DATA { id:membership\\/LT-observerOf-g7-2000-2010 hilf:since 2000 } ; "
                                + "INSERT DATA { id:membership\\/LT-observerOf-g7-2000-2010 hilf:since \"2000\" }",
                        "id:membership/LT-observerOf-g7-2000-2010", "hilf:since"),
                broken("a membership that ends before it begins",
                        "DELETE DATA { id:membership\\/LT-observerOf-g7-2000-2010 hilf:until 2010 } ; "
                                + "INSERT DATA { id:membership\\/LT-observerOf-g7-2000-2010 hilf:until 1999 }",
                        "id:membership/LT-observerOf-g7-2000-2010", "hilf:since"),
                broken("two ends of a membership",
                        "INSERT DATA { id:membership\\/LT-observerOf-g7-2000-2010 hilf:until 2011 }",
                        "id:membership/LT-observerOf-g7-2000-2010", "hilf:until"),
                broken("a year of something that is no membership",
                        "INSERT DATA { id:org\\/g7 hilf:since 1975 }", "id:org/g7", "-"),
                broken("a title without a language tag",
                        "INSERT DATA { id:person\\/fumio-kishida hilf:title \"Prime Minister\" }", "id:person/fumio-kishida", "hilf:title"),
                broken("a title of a state",
                        "INSERT DATA { id:state\\/JP hilf:title \"دولة\"@ar }", "id:state/JP", "-"),
                broken("a mention count of zero",
                        "DELETE DATA { id:person\\/fumio-kishida hilf:mentionCount 2 } ; INSERT DATA { id:person\\/fumio-kishida hilf:mentionCount 0 }",
                        "id:person/fumio-kishida", "hilf:mentionCount"),
                broken("two mention counts",
                        "INSERT DATA { id:person\\/fumio-kishida hilf:mentionCount 3 }", "id:person/fumio-kishida", "hilf:mentionCount"),
                broken("a mention count of a state",
                        "INSERT DATA { id:state\\/JP hilf:mentionCount 5 }", "id:state/JP", "-"),
                broken("a country that is not a state",
                        "INSERT DATA { id:org\\/mofa-jp hilf:country id:org\\/nato }", "id:org/mofa-jp", "hilf:country"),
                broken("a quote without a language tag",
                        "INSERT DATA { id:event\\/s hilf:quote \"no partner is closer\" }", "id:event/s", "hilf:quote"),
                broken("evidence that is not a mention",
                        "INSERT DATA { id:event\\/s hilf:evidence id:article\\/a }", "id:event/s", "hilf:evidence"),
                broken("a mention without its article",
                        "DELETE DATA { id:mention\\/a-0-40 hilf:article id:article\\/a }", "id:mention/a-0-40", "hilf:article"),
                broken("a mention without text",
                        "DELETE DATA { id:mention\\/a-0-40 hilf:text \"التقى كيشيدا الأمين العام في فيلنيوس.\" }", "id:mention/a-0-40", "hilf:text"),
                broken("a mention whose start is a string",
                        "DELETE DATA { id:mention\\/a-0-40 hilf:start 0 } ; INSERT DATA { id:mention\\/a-0-40 hilf:start \"0\" }", "id:mention/a-0-40", "hilf:start"),
                broken("a mention without an end",
                        "DELETE DATA { id:mention\\/a-0-40 hilf:end 40 }", "id:mention/a-0-40", "hilf:end"),
                broken("a mention that ends before it starts",
                        "DELETE DATA { id:mention\\/a-0-40 hilf:end 40 } ; INSERT DATA { id:mention\\/a-0-40 hilf:end -1 }", "id:mention/a-0-40", "hilf:start"),
                broken("an article without a language",
                        "DELETE DATA { id:article\\/a dcterms:language \"ar\" }", "id:article/a", "dcterms:language"),
                broken("a web address as a plain string",
                        "DELETE DATA { id:article\\/a schema:url \"https://example.org/a\"^^xsd:anyURI } ; INSERT DATA { id:article\\/a schema:url \"https://example.org/a\" }",
                        "id:article/a", "schema:url"));
    }

    private static Arguments broken(String what, String update, String focus, String path) {
        return Arguments.of(what, update, focus, path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPromises")
    void eachBrokenPromiseIsReportedAtItsResourceAndProperty(String what, String update, String focus, String path) {
        Graph g = valid();
        UpdateAction.parseExecute(PREFIXES + update, g);
        ValidationReport r = HilfShapes.validate(g);
        List<String> lines = HilfShapes.lines(r);
        assertFalse(r.conforms(), what + " conforms");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(focus + "  " + path + "  ")),
                what + ": no violation at " + focus + " " + path + " in\n" + String.join("\n", lines));
        assertTrue(lines.stream().allMatch(l -> l.startsWith(focus + "  ")),
                what + ": violations elsewhere too:\n" + String.join("\n", lines));
    }

    @TempDir
    Path dir;

    @Test
    void theBundledArticlesConform() {
        try (HilfStore store = HilfStore.open(dir.resolve("store"))) {
            Ingestion.Result result = Ingestion.standard().run(List.of(Path.of("data/articles")), store, new Ingestion.Listener() {
                @Override
                public void started(int files) { }

                @Override
                public void done(Path file, boolean ok) { }
            });
            assertTrue(result.ok(), result.failed().toString());
            List<String> violations = new ArrayList<>();
            Txn.executeRead(store.datasetGraph(), () -> {
                Graph union = store.datasetGraph().getUnionGraph();
                for (ReportEntry e : HilfShapes.validate(union).getEntries()) {
                    violations.add(HilfShapes.line(e));
                }
            });
            assertEquals(List.of(), violations, "the bundled articles' graph breaks the shapes");
        }
    }
}
