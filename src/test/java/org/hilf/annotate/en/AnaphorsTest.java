package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** data/lexicon/en/alliance_anaphors.tsv, bloc_modifiers.txt and group_anaphors.txt on literal examples. */
class AnaphorsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 7, 10);

    @Test
    void theBlocIsTheArticlesAlliance() {
        assertEquals(List.of("org/asean", "org/asean"), EnglishFixture.names(EnglishFixture.annotate("ASEAN met in Laos. The bloc agreed.", DAY)));
    }

    @Test
    void theBlocIsAnOrganizationWithMemberStatesButTheAllianceIsOnlyAnAlliance() {
        assertEquals(List.of("org/ecowas", "org/ecowas"),
                EnglishFixture.names(EnglishFixture.annotate("ECOWAS leaders met in Abuja. The bloc's next summit is in June.", DAY)));
        assertEquals(List.of("org/ecowas"),
                EnglishFixture.names(EnglishFixture.annotate("ECOWAS leaders met in Abuja. The alliance will meet in June.", DAY)));
        assertEquals(List.of("org/un"),
                EnglishFixture.names(EnglishFixture.annotate("The United Nations met in Geneva. The bloc will meet in June.", DAY)));
    }

    @Test
    void aBlocWithModifiersIsTheOneGroupingTheArticleNamed() {
        assertEquals(List.of("org/igad", "org/igad", "org/igad"), EnglishFixture.names(EnglishFixture.annotate(
                "IGAD met in Nairobi. The East African bloc said it was concerned. The eight-member grouping will meet again.", DAY)));
        // two groupings named: which one "the West African bloc" is, a region the reader would have to know, is not guessed
        assertEquals(List.of("org/ecowas", "org/eu"), EnglishFixture.names(EnglishFixture.annotate(
                "ECOWAS met the EU in Brussels. The West African bloc said it was concerned.", DAY)));
        // a capitalised head is the name of a body, not a word for one
        assertEquals(List.of("org/igad", "org/african-union"), EnglishFixture.names(EnglishFixture.annotate(
                "IGAD met in Nairobi. The African Union said it was concerned.", DAY)));
    }

    @Test
    void theTwoGovernmentsAfterTheirAgreementAreItsStates() {
        // CollectiveSpeakers.Kind.STATES: an agreement is the encounter the two governments speak after
        for (String t : List.of("Japan and the Philippines signed a defence pact on Monday, the two governments said.",
                "Japan and the Philippines signed a defence pact on Monday, a step both governments said would deter coercion.")) {
            assertEquals(List.of("state/JP+state/PH for state/JP+state/PH"), EnglishFixture.statements(EnglishFixture.annotate(t, DAY)), t);
        }
    }

    @Test
    void theTwoSidesSpeakAndMeetAsTheLastEventsActors() {
        var d = EnglishFixture.annotate("Japan held talks with India. The two sides said trade would grow.", DAY);
        assertEquals(List.of("state/JP+state/IN for state/JP+state/IN"), EnglishFixture.statements(d));
    }

    @Test
    void theTwoPresidentsAreTheLeadersOfTheVisitJustReportedNotTheirMinisters() {
        // group_anaphors.txt "the two presidents": the people of the last event that hold a president's office, and their states
        var d = EnglishFixture.annotate("Turkish President Recep Tayyip Erdogan arrived in Cairo on Wednesday, accompanied by Foreign Minister "
                + "Hakan Fidan, and was received by President Abdel Fattah al-Sisi and Foreign Minister Sameh Shoukry. "
                + "The two presidents signed a joint declaration on reactivating their strategic council.", LocalDate.of(2024, 2, 14));
        assertEquals(1, EnglishFixture.events(d).stream().filter(e -> e.equals(
                "Agreement person/abdel-fattah-el-sisi person/recep-tayyip-erdogan state/EG state/TR")).count(), EnglishFixture.events(d).toString());
    }

    @Test
    void theFourMinistersAreThePeopleOfTheMeetingJustReportedNotOfALaterOne() {
        var d = EnglishFixture.annotate("Rubio, Australia's Penny Wong, India's Subrahmanyam Jaishankar and Japan's Takeshi Iwaya met on Tuesday "
                + "in Washington. In a joint statement issued after the talks, the four ministers said they opposed coercion. "
                + "India is set to host the next Quad summit.", LocalDate.of(2025, 1, 22));
        List<String> st = EnglishFixture.statements(d);
        assertEquals(List.of("person/marco-rubio+person/penny-wong+person/s-jaishankar+person/takeshi-iwaya"
                + " for state/US+state/AU+state/IN+state/JP"), st);
    }

    @Test
    void thoseAHostHadWithHimAreTheMeetingsPeopleAndSpeakAsTheMinisters() {
        // EnglishChunker.companions: ", with A, B and C." ending the sentence names who was there; EnglishRelays.reportedClause:
        // "Jaishankar said the ministers had also condemned" is Jaishankar's word, not the others'
        var d = EnglishFixture.annotate("Secretary of State Marco Rubio hosted the meeting at the State Department, with Indian External "
                + "Affairs Minister Subrahmanyam Jaishankar, Japanese Foreign Minister Takeshi Iwaya and Australian Foreign Minister "
                + "Penny Wong. In a joint statement, the four ministers said they were concerned about dangerous manoeuvres at sea. "
                + "Jaishankar said the ministers had also condemned the attack on tourists.", LocalDate.of(2025, 7, 1));
        assertEquals(List.of("Meeting person/marco-rubio person/penny-wong person/s-jaishankar person/takeshi-iwaya state/AU state/IN "
                + "state/JP state/US"), EnglishFixture.events(d));
        assertEquals(List.of("person/marco-rubio+person/s-jaishankar+person/takeshi-iwaya+person/penny-wong for state/US+state/IN+state/JP+state/AU",
                "person/s-jaishankar for state/IN"), EnglishFixture.statements(d));
    }

    @Test
    void theTwoBlocsAfterTheirSummitAreItsBodies() {
        var d = EnglishFixture.annotate("Leaders of the European Union and the Gulf Cooperation Council held their first summit in Brussels "
                + "on Wednesday. In a joint statement, the two blocs called for a ceasefire in Gaza.", LocalDate.of(2024, 10, 16));
        assertEquals(List.of("org/eu+org/gcc for org/eu+org/gcc"), EnglishFixture.statements(d));
    }

    @Test
    void theThreeDayGatheringIsNoWordForTheSides() {
        var d = EnglishFixture.annotate("Japanese Prime Minister Fumio Kishida, who is chairing the three-day gathering, is to hold talks "
                + "with Zelenskiy on Sunday.", LocalDate.of(2023, 5, 20));
        assertEquals(List.of("Meeting person/fumio-kishida person/volodymyr-zelensky state/JP state/UA planned"), EnglishFixture.events(d));
    }
}
