package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Agreements on literal examples: data/lexicon/en/gathering_anaphors.txt ("the leaders adopted"
 * after a body's summit), an infinitive's object, a deadline, and "the alliance" on a tie.
 */
class AgreementsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 7, 7);

    @Test
    void theLeadersOfABodysSummitAdoptItsDeclaration() {
        var d = EnglishFixture.annotate("Leaders of the BRICS group held a summit in Rio de Janeiro on Monday. "
                + "The leaders adopted a joint declaration that criticised tariffs.", DAY);
        assertTrue(EnglishFixture.events(d).contains("Agreement org/brics"), EnglishFixture.events(d).toString());
    }

    @Test
    void aSecondVerbOfTheTwoLeadersTakesThemAsItsSubject() {
        // SlotFiller SUBJECT: "the two leaders" opening the sentence is the subject a coordinated verb shares
        var d = EnglishFixture.annotate("Prime Minister Narendra Modi and President Mohamed Muizzu held talks at Hyderabad House on Monday. "
                + "The two leaders reviewed the entire range of their bilateral relations and adopted a vision document for a maritime "
                + "partnership.", LocalDate.of(2024, 10, 7));
        assertTrue(EnglishFixture.events(d).contains("Agreement person/mohamed-muizzu person/narendra-modi state/IN state/MV"),
                EnglishFixture.events(d).toString());
    }

    @Test
    void alliedLeadersAfterTheAlliancesSummit() {
        var d = EnglishFixture.annotate("NATO leaders opened their summit in The Hague on Wednesday. "
                + "Allied leaders adopted a pledge to raise defence spending to 5% of economic output by 2035.", DAY);
        assertTrue(EnglishFixture.events(d).contains("Agreement org/nato"), EnglishFixture.events(d).toString());
    }

    @Test
    void theLeadersAfterTheSummitHostsReceptionOfAllAreStillTheBodys() {
        // PriorEvents.gatheringIsLatest: the host's reception of four leaders is the summit's, no encounter of two sides
        var d = EnglishFixture.annotate("Leaders of the Shanghai Cooperation Organisation met in Tianjin on Monday for their annual summit. "
                + "Chinese President Xi Jinping welcomed Russian President Vladimir Putin, Indian Prime Minister Narendra Modi, "
                + "Kazakh President Kassym-Jomart Tokayev and Pakistani Prime Minister Shehbaz Sharif at a banquet. "
                + "The leaders approved a development strategy for the next ten years.", DAY);
        assertEquals(List.of("Agreement org/sco"), EnglishFixture.events(d).stream().filter(e -> e.startsWith("Agreement")).toList(),
                EnglishFixture.events(d).toString());
    }

    @Test
    void aBodyThatAgreesOnItsOwnIsTheOneParty() {
        var d = EnglishFixture.annotate("NATO defence ministers agreed on Thursday to set up a new air defence command in Poland.", DAY);
        assertEquals(List.of("Agreement org/nato"), EnglishFixture.events(d).stream().filter(e -> e.startsWith("Agreement")).toList());
    }

    @Test
    void theLeadersAfterABilateralMeetingAreItsTwoSides() {
        var d = EnglishFixture.annotate("Japanese Prime Minister Shigeru Ishiba held talks with Indian Prime Minister Narendra Modi in Tokyo "
                + "on Friday. The leaders signed an agreement on semiconductors.", DAY);
        assertTrue(EnglishFixture.events(d).stream().anyMatch(e -> e.startsWith("Agreement") && e.contains("state/IN") && e.contains("state/JP")),
                EnglishFixture.events(d).toString());
    }

    @Test
    void theObjectOfAnInfinitiveIsNoParty() {
        var d = EnglishFixture.annotate("Japan and the United States agreed to turn U.S. Forces Japan into a joint force headquarters.", DAY);
        assertEquals("Agreement state/JP state/US", EnglishFixture.events(d).get(0));
    }

    @Test
    void aDeadlineIsNotTheDateOfThePledge() {
        var d = EnglishFixture.annotate("NATO leaders met in The Hague on Wednesday. The alliance adopted a pledge to spend 5% by 2035.", DAY);
        assertTrue(d.get(org.hilf.annotate.Keys.EVENTS).stream().filter(e -> e.type().equals("Agreement"))
                .allMatch(e -> !e.planned()), EnglishFixture.events(d).toString());
    }

    @Test
    void theAllianceOnATieIsTheFirstNamed() {
        var d = EnglishFixture.annotate("Luxon was the only leader from NATO's Indo-Pacific partners at the alliance's summit in The Hague.", DAY);
        assertEquals(java.util.List.of("org/nato", "org/ip4", "org/nato"),
                EnglishFixture.names(d).stream().filter(n -> n.startsWith("org/")).toList());
    }

    @Test
    void signingThePactAgainIsTheAgreementReported() {
        // agreement_nouns.txt: "signed the pact" after the agreement of those sides
        java.util.List<String> e = EnglishFixture.events(EnglishFixture.annotate("Australia and Indonesia signed a defence cooperation agreement on "
                + "Thursday. Defence ministers Richard Marles and Sjafrie Sjamsoeddin signed the pact at Parliament House.", DAY));
        assertEquals(1, e.stream().filter(x -> x.startsWith("Agreement ")).count(), e.toString());
    }

    @Test
    void agreeingThatIsAViewNotAnAgreement() {
        var d = EnglishFixture.annotate("Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva agreed that "
                + "trade between their countries should keep growing.", DAY);
        assertEquals(List.of(), EnglishFixture.events(d).stream().filter(e -> e.startsWith("Agreement")).toList());
        var signed = EnglishFixture.annotate("Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva agreed to "
                + "expand trade between their countries.", DAY);
        assertEquals(1, EnglishFixture.events(signed).stream().filter(e -> e.startsWith("Agreement")).count());
    }

    @Test
    void agreeingOnADayThatIsAViewToo() {
        for (String day : List.of("on Tuesday that", "Tuesday that")) {
            var d = EnglishFixture.annotate("Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev agreed " + day
                    + " their next meeting would be held in Tashkent.", DAY);
            assertEquals(List.of(), EnglishFixture.events(d).stream().filter(e -> e.startsWith("Agreement")).toList(), day);
        }
        var decided = EnglishFixture.annotate("Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev agreed on "
                + "Tuesday to set up a joint investment fund.", DAY);
        assertEquals(1, EnglishFixture.events(decided).stream().filter(e -> e.startsWith("Agreement")).count());
    }
}
