package org.hilf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.hilf.serve.HilfServer;
import org.hilf.store.HilfStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The competency questions Q1–Q12 asked over HTTP of the real endpoint, as {@link SeedQuestionsTest}
 * does, after ingesting three English articles that report the facts of the seed articles
 * (src/test/resources/seedq/en/articles). The same queries give the same people, states, summits
 * and dates; quotes are in English. Where the English articles give less (indirect speech has no
 * quote), the test says so.
 */
class EnglishSeedQuestionsTest {
    static final Path ARTICLES = Path.of("src/test/resources/seedq/en/articles");
    static HilfServer server;
    static HilfStore store;

    @BeforeAll
    static void ingestAndServe() throws IOException {
        Path dir = TestFiles.tempDir("hilf-seeds-en");
        store = HilfStore.open(dir.resolve("store"));
        Ingestion.Result r = Ingestion.standard().run(List.of(ARTICLES), store, new EndToEndTest.Silent());
        assertEquals(3, r.read(), "all three English articles are read: " + r.failed());
        server = HilfServer.start(store.datasetGraph(), "127.0.0.1", 0, 30_000);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static List<Map<String, String>> ask(String file) throws IOException { return SparqlRows.ask(server.sparqlUrl(), file); }

    static Set<String> column(List<Map<String, String>> rows, String var) { return SparqlRows.column(rows, var); }

    static List<Map<String, String>> select(String query) { return SparqlRows.select(server.sparqlUrl(), query); }

    @Test
    void q01StatesNatoMetIn2023() throws IOException {
        Set<String> codes = column(ask("q01-states-nato-met-2023.rq"), "code");
        assertTrue(codes.containsAll(Set.of("JP", "KR", "AU", "NZ")), codes.toString());
        codes.removeAll(Set.of("JP", "KR", "AU", "NZ", "LT"));
        assertEquals(Set.of(), codes, "no state outside the five");
    }

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
        assertTrue(speakers.containsAll(Set.of("Wang Wenbin", "Mao Ning", "Ministry of Foreign Affairs of the People's Republic of China")),
                speakers.toString());
        speakers.removeAll(Set.of("Wang Wenbin", "Mao Ning", "Ministry of Foreign Affairs of the People's Republic of China", "China"));
        assertEquals(Set.of(), speakers, "only China's own voices");
        // the English articles quote the ministry; Wang and Mao are reported in indirect speech
        assertTrue(rows.stream().anyMatch(r -> r.get("name").startsWith("Ministry") && "introduce bloc confrontation".equals(r.get("quote"))));
    }

    @Test
    void q06JapanIsAPartnerOfNatoNotAMember() throws IOException {
        Set<String> ties = ask("q06-japan-alliance-ties.rq").stream().map(r -> r.get("relation") + " " + r.get("organization"))
                .collect(Collectors.toSet());
        assertTrue(ties.containsAll(Set.of("memberOf Group of Seven", "partnerOf North Atlantic Treaty Organization")), ties.toString());
        assertFalse(ties.contains("memberOf North Atlantic Treaty Organization"), "Japan is not a NATO member");
    }

    @Test
    void q07MembersOfAukusAndIp4() throws IOException {
        Map<String, Set<String>> members = ask("q07-members-aukus-ip4.rq").stream().collect(Collectors.toMap(
                r -> r.get("group"), r -> new TreeSet<>(List.of(r.get("members").split(" ")))));
        assertEquals(Set.of("US", "GB", "AU"), members.get("AUKUS"));
        // "Together with Australia, New Zealand and South Korea it forms the IP4": Japan is "it" there
        assertTrue(Set.of("AU", "JP", "NZ", "KR").containsAll(members.get("IP4")), members.toString());
        assertTrue(members.get("IP4").containsAll(Set.of("AU", "NZ", "KR")), members.toString());
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
        assertTrue(rows.stream().anyMatch(r -> "Shigeru Ishiba".equals(r.get("name"))), rows.toString());
    }

    @Test
    void q09StatementsThatMentionTaiwan() throws IOException {
        List<Map<String, String>> rows = ask("q09-statements-about-taiwan.rq");
        Set<String> speakers = column(rows, "speakers");
        assertTrue(speakers.contains("David van Weel"), speakers.toString());
        assertTrue(speakers.contains("Mark Rutte"), speakers.toString());
        assertTrue(speakers.stream().anyMatch(s -> s.contains("Jens Stoltenberg") && s.contains("Fumio Kishida")),
                "the joint statement: " + speakers);
        assertTrue(rows.stream().anyMatch(r -> "David van Weel".equals(r.get("speakers")) && "2023-11-13".equals(r.get("date"))), rows.toString());
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
        for (String expected : List.of("No other partner is as close to NATO as Japan",
                "In a more dangerous world, Japan can count on NATO to stand by its side")) {
            assertTrue(quotes.contains(expected), "missing: " + expected + " in " + quotes);
        }
    }

    @Test
    void q12NoiseIsNotFact() throws IOException {
        assertEquals(List.of(), ask("q12-noise-is-not-fact.rq"));
    }
}
