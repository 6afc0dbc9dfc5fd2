package org.hilf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.hilf.serve.HilfServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The competency questions of shared/eval/seed-questions.md, each a file of queries/, asked over
 * HTTP of the real endpoint after ingesting data/articles. Answers come from what the annotator
 * extracted; the queries name actors by label and ISO code, as an analyst would.
 */
class SeedQuestionsTest {
    static HilfServer server;

    @BeforeAll
    static void ingestAndServe() { server = ServedSeeds.server(); }

    static List<Map<String, String>> ask(String file) throws IOException { return SparqlRows.ask(server.sparqlUrl(), file); }

    static Set<String> column(List<Map<String, String>> rows, String var) { return SparqlRows.column(rows, var); }

    @Test
    void q02WhomStoltenbergMetInJanuary2023() throws IOException {
        assertEquals(Set.of("Yoon Suk Yeol", "Park Jin", "Lee Jong-sup", "Fumio Kishida"),
                column(ask("q02-whom-stoltenberg-met-jan-2023.rq"), "name"));
    }

    @Test
    void q03NatoSummitsJapanTookPartIn() throws IOException {
        List<Map<String, String>> rows = ask("q03-nato-summits-japan-attended.rq");
        assertEquals(Set.of("2022", "2023", "2024"), column(rows, "year"));
        Map<String, String> country = rows.stream().collect(Collectors.toMap(r -> r.get("year"), r -> r.get("country")));
        assertEquals("ES", country.get("2022"));
        assertEquals("LT", country.get("2023"));
        assertEquals("US", country.get("2024"));
        assertTrue(rows.stream().anyMatch(r -> r.get("year").equals("2022") && r.get("host").contains("Madrid")));
        assertTrue(rows.stream().anyMatch(r -> r.get("year").equals("2023") && r.get("host").contains("Vilnius")));
        assertTrue(rows.stream().anyMatch(r -> r.get("year").equals("2022") && "2022-06-28".equals(r.get("date"))));
    }

    @Test
    void q04TheSummitKishidaAttendedIn2023() throws IOException {
        List<Map<String, String>> rows = ask("q04-summit-kishida-2023.rq");
        assertEquals(Set.of("2023-07-12"), column(rows, "date"));
        assertTrue(column(rows, "place").contains("Vilnius"), rows.toString());
        assertEquals(Set.of("Lithuania"), column(rows, "country"));
    }

    @Test
    void q05WhoSpokeForChinaAboutNato() throws IOException {
        List<Map<String, String>> rows = ask("q05-china-on-nato.rq");
        Set<String> speakers = column(rows, "name");
        assertTrue(speakers.containsAll(Set.of("Wang Wenbin", "Mao Ning", "Ministry of Foreign Affairs of China")), speakers.toString());
        speakers.removeAll(Set.of("Wang Wenbin", "Mao Ning", "Ministry of Foreign Affairs of China", "China"));
        assertEquals(Set.of(), speakers, "only China's own voices");
        for (String who : List.of("Wang Wenbin", "Mao Ning", "Ministry of Foreign Affairs of China")) {
            assertTrue(rows.stream().anyMatch(r -> who.equals(r.get("name")) && r.get("quote") != null
                    && r.get("quote").chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)),
                    who + " is quoted in Arabic");
        }
    }

    @Test
    void q06JapanIsAPartnerOfNatoNotAMember() throws IOException {
        List<Map<String, String>> rows = ask("q06-japan-alliance-ties.rq");
        Set<String> ties = rows.stream().map(r -> r.get("relation") + " " + r.get("organization")).collect(Collectors.toSet());
        assertTrue(ties.containsAll(Set.of("memberOf Group of Seven", "memberOf Indo-Pacific Four",
                "partnerOf North Atlantic Treaty Organization")), ties.toString());
        assertFalse(ties.contains("memberOf North Atlantic Treaty Organization"), "Japan is not a NATO member");
        String ask = "PREFIX hilf: <https://w3id.org/hilf/ontology#> PREFIX owl: <http://www.w3.org/2002/07/owl#> "
                + "PREFIX wd: <http://www.wikidata.org/entity/> ASK { ?jp hilf:isoCode \"JP\" ; hilf:memberOf ?n . ?n owl:sameAs wd:Q7184 }";
        try (QueryExecHTTP exec = QueryExecHTTP.service(server.sparqlUrl()).query(ask).build()) {
            assertFalse(exec.ask(), "nowhere in the store is Japan a member of NATO");
        }
    }

    @Test
    void q07MembersOfAukusAndIp4() throws IOException {
        Map<String, Set<String>> members = ask("q07-members-aukus-ip4.rq").stream().collect(Collectors.toMap(
                r -> r.get("group"), r -> new TreeSet<>(List.of(r.get("members").split(" ")))));
        assertEquals(Set.of("US", "GB", "AU"), members.get("AUKUS"));
        assertEquals(Set.of("AU", "JP", "NZ", "KR"), members.get("IP4"));
    }

    @Test
    void q08RutteMetNakataniAndIsToMeetIshiba() throws IOException {
        List<Map<String, String>> rows = ask("q08-rutte-in-japan.rq");
        Map<String, String> nakatani = rows.stream().filter(r -> "Gen Nakatani".equals(r.get("name"))).findFirst().orElseThrow();
        assertEquals("2025-04-08", nakatani.get("date"));
        assertEquals("Tokyo", nakatani.get("place"));
        assertEquals("false", nakatani.get("planned"));
        assertTrue(rows.stream().filter(r -> "Shigeru Ishiba".equals(r.get("name"))).allMatch(r -> "true".equals(r.get("planned"))),
                "the meeting with Ishiba is only announced: " + rows);
    }

    @Test
    void q09StatementsThatMentionTaiwan() throws IOException {
        List<Map<String, String>> rows = ask("q09-statements-about-taiwan.rq");
        Set<String> speakers = column(rows, "speakers");
        assertTrue(speakers.contains("David van Weel"), speakers.toString());
        assertTrue(speakers.contains("Mark Rutte"), speakers.toString());
        assertTrue(speakers.stream().anyMatch(s -> s.contains("Jens Stoltenberg") && s.contains("Fumio Kishida")),
                "the joint statement: " + speakers);
        assertTrue(rows.stream().anyMatch(r -> "David van Weel".equals(r.get("speakers")) && "2023-11-13".equals(r.get("date"))));
    }

    @Test
    void q10AustinMetLeeInSeoul() throws IOException {
        List<Map<String, String>> rows = ask("q10-austin-meetings.rq");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("Lee Jong-sup", rows.get(0).get("name"));
        assertEquals("Seoul", rows.get(0).get("place"));
        assertEquals("2023-01-31", rows.get(0).get("date"));
    }

    @Test
    void q11WhatStoltenbergSaidIn2023() throws IOException {
        Set<String> quotes = column(ask("q11-stoltenberg-said-2023.rq"), "quote");
        for (String expected : List.of("لا يُوجد شريك آخر قريب من حلف شمال الأطلسي مثل اليابان",
                "في عالم أكثر خطورة، يُمكِن لليابان الاعتماد على الناتو للوقوف إلى جانبها",
                "ما يحدث في أوروبا يهم منطقة الهندوباسيفيك، وما يحدث في آسيا يهم الناتو")) {
            assertTrue(quotes.contains(expected), "missing: " + expected);
        }
    }

    @Test
    void q12NoiseIsNotFact() throws IOException {
        assertEquals(List.of(), ask("q12-noise-is-not-fact.rq"));
        String q = "PREFIX hilf: <https://w3id.org/hilf/ontology#> ASK { ?e a hilf:Event ; hilf:participant ?x . "
                + "?x hilf:isoCode ?c FILTER(?c IN (\"HU\", \"HT\")) }";
        try (QueryExecHTTP exec = QueryExecHTTP.service(server.sparqlUrl()).query(q).build()) {
            assertFalse(exec.ask(), "no event with Hungary or Haiti");
        }
    }
}
