package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Talks a visit is made for, with the host's officials, are the visit (one encounter, one event). */
class VisitTalksTest {
    private static final LocalDate DAY = LocalDate.of(2024, 2, 6);

    private static List<String> ev(String text) { return events(annotate(text, DAY)); }

    @Test
    void talksWithTheHostsOfficialsJoinTheVisit() {
        assertEquals(List.of("Visit person/antony-blinken person/benjamin-netanyahu state/IL state/US planned"),
                ev("Blinken is scheduled to travel to Israel on Wednesday for talks with Prime Minister Benjamin Netanyahu."));
    }

    @Test
    void theOneWhoMakesAnAgreementWithTheVisitorInTheVisitsSentenceHostedIt() {
        // EventMerger.hostsFromAgreements: "the two leaders" are the visitor and Sheinbaum, who received him
        assertEquals(List.of("Visit person/claudia-sheinbaum person/mark-carney state/CA state/MX",
                        "Agreement person/claudia-sheinbaum person/mark-carney state/CA state/MX"),
                events(annotate("Mexican President Claudia Sheinbaum and Canadian Prime Minister Mark Carney spoke by phone on Tuesday. "
                        + "Carney visited Mexico City last September, when the two leaders signed an action plan on trade.", LocalDate.of(2026, 2, 10))));
    }

    @Test
    void theFirstVisitByAnIndefiniteOfficialIsAKindNotASecondVisit() {
        // "a Saudi foreign minister" is no one in particular: the arrival is the one visit
        assertEquals(List.of("Visit person/faisal-bin-farhan state/IR state/SA"),
                events(annotate("Saudi Foreign Minister Prince Faisal bin Farhan arrived in Tehran on Saturday, the first visit by a Saudi "
                        + "foreign minister to Iran in years.", LocalDate.of(2023, 6, 17))));
    }

    @Test
    void unnamedOfficialsAreNoParticipants() {
        assertEquals(List.of("Visit person/antony-blinken state/PH state/US planned"),
                ev("Blinken is scheduled to travel to Manila on Tuesday for a meeting with Philippine officials."));
    }

    @Test
    void anOfficialNamedOnlyByAnIndefiniteOfficeIsNoParticipantButHisStateIs() {
        assertEquals(List.of("Meeting person/adel-al-jubeir person/salva-kiir state/KW state/SA state/SS"),
                ev("On the sidelines, Salva Kiir met Adel al-Jubeir and Kuwaiti officials to discuss the war, a Yemeni official said."));
    }

    @Test
    void aSecondReceptionDuringTheVisitIsAMeetingOfIt() {
        List<String> e = ev("TEHRAN, May 28 - Iranian President Ebrahim Raisi received Oman's Sultan Haitham bin Tariq in Tehran on Sunday. "
                + "Supreme Leader Ali Khamenei also received Sultan Haitham bin Tariq later on Sunday.");
        assertEquals(1, e.stream().filter(x -> x.startsWith("Visit ")).count(), e.toString());
        assertEquals(1, e.stream().filter(x -> x.startsWith("Meeting ") && x.contains("person/ali-khamenei")).count(), e.toString());
    }

    @Test
    void aVisitBySomeoneNamesItsVisitorAfterBy() {
        // frames.tsv visit-noun: V=prep(by) before the subject ("Kamikawa said ... a visit by Kishida")
        List<String> e = ev("Japan's top spokesman said the government would consider the timing of a visit by Prime Minister Fumio Kishida to South Korea.");
        assertEquals(true, e.stream().anyMatch(x -> x.startsWith("Visit person/fumio-kishida ")), e.toString());
    }

    @Test
    void heBeforeTheFirstPersonNamedStaysWhoHeWas() {
        List<String> e = ev("Blinken arrived in Riyadh on Monday. In the same city he also met Gulf Cooperation Council Secretary-General "
                + "Jasem Mohamed Albudaiwi. On Tuesday he held talks with Egyptian President Abdel Fattah al-Sisi in Cairo.");
        assertEquals(true, e.stream().anyMatch(x -> x.contains("person/abdel-fattah-el-sisi") && x.contains("person/antony-blinken")), e.toString());
    }

    @Test
    void theLeaderWithTheAdjectiveOfTheSubjectsStateIsThatSubject() {
        // Antecedents.leaders: "the Indian leader" after Modi's sentence is Modi, so the trip is his visit
        assertEquals(List.of("Visit person/emmanuel-macron person/narendra-modi state/FR state/IN"),
                ev("Indian Prime Minister Narendra Modi left New Delhi for Europe on Sunday. On Monday the Indian leader "
                        + "visited Paris, where he held talks with French President Emmanuel Macron."));
        // another state's adjective names someone else, whom the article does not name
        List<String> other = ev("Indian Prime Minister Narendra Modi left New Delhi for Europe on Sunday. On Monday the French leader "
                + "visited Berlin.");
        assertEquals(true, other.stream().noneMatch(x -> x.contains("person/narendra-modi")), other.toString());
    }

    @Test
    void talksInThePlaceWhereStandsForAreTheVisitThere() {
        // EnglishPlaces.eventPlace: "from Cairo, where he had talks": in Cairo, not in the sentence's first place
        List<String> e = ev("Blinken landed in Riyadh late on Monday from Cairo, where he had talks with Egyptian President "
                + "Abdel Fattah al-Sisi.");
        assertEquals(true, e.contains("Visit person/abdel-fattah-el-sisi person/antony-blinken state/EG state/US"), e.toString());
    }
}
