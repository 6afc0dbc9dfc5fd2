package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The leaders of a gathering who commit their body together (collective_leaders.txt,
 * commitment_verbs.txt, collective_modifiers.txt; EnglishCollectiveCommitments), on literal examples.
 */
class CollectiveCommitmentsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 10, 8);

    private static List<String> agreements(String text) {
        return events(annotate(text, DAY)).stream().filter(e -> e.startsWith("Agreement")).toList();
    }

    @Test
    void leadersOfABodyWhoAgreeMakeItsAgreement() {
        List<String> ag = agreements("Leaders of the Organization of Turkic States (OTS) agreed on Tuesday to create a new format "
                + "for cooperation with third countries.");
        assertTrue(ag.stream().anyMatch(e -> e.startsWith("Agreement org/ots")), ag.toString());
    }

    @Test
    void leadersOfTheBlocsRegionWhoSignAtItsSummitMakeItsAgreement() {
        // "Gulf Arab" (collective_modifiers.txt), "signed" (commitment_verbs.txt); the city before "summit" is no organizer
        List<String> ag = agreements("Gulf Arab leaders on Tuesday signed the AlUla Declaration at the 41st summit of the "
                + "Gulf Cooperation Council in AlUla.");
        assertTrue(ag.equals(List.of("Agreement org/gcc")), ag.toString());
        List<String> summits = events(annotate("Gulf Arab leaders on Tuesday signed the AlUla Declaration at the 41st summit of the "
                + "Gulf Cooperation Council in AlUla.", DAY)).stream().filter(e -> e.startsWith("Summit")).toList();
        assertTrue(summits.equals(List.of("Summit org/gcc")), summits.toString());
    }

    @Test
    void worldLeadersWhoSignAreNoBodys() {
        assertTrue(agreements("World leaders on Tuesday signed a pledge on ocean plastics in Nairobi.").isEmpty());
    }

    @Test
    void leadersWhoAgreeToHoldTheirNextSummitMakeNoAgreement() {
        assertTrue(agreements("NATO leaders agreed to hold their next summit in Ankara.").isEmpty());
    }

    @Test
    void aBodysLeadersWhoPledgeMakeItsAgreement() {
        List<String> ag = agreements("NATO leaders on Wednesday pledged to raise defence spending.");
        assertTrue(ag.stream().anyMatch(e -> e.startsWith("Agreement org/nato")), ag.toString());
    }

    @Test
    void aSummitWrappedUpByAdoptingADeclarationIsTheBodysAgreement() {
        List<String> ag = agreements("Leaders of the Group of Twenty wrapped up their two-day summit in Bali on Wednesday "
                + "by adopting a leaders' declaration.");
        assertTrue(ag.stream().anyMatch(e -> e.startsWith("Agreement org/g20")), ag.toString());
    }

    @Test
    void theLeadersOfASummitJustReportedCommitItsOrganization() {
        List<String> ag = agreements("NATO leaders opened their annual summit in Vilnius on Tuesday. "
                + "The host welcomed the delegations. Allied leaders agreed to raise spending on air defence.");
        assertTrue(ag.stream().anyMatch(e -> e.startsWith("Agreement org/nato")), ag.toString());
    }

    @Test
    void leadersOfNoBodyOrOfOtherWordsCommitNoOne() {
        assertFalse(agreements("World leaders pledged $5 billion for the victims of the floods.").stream()
                .anyMatch(e -> e.contains("org/")));
        assertFalse(agreements("NATO leaders opened their annual summit in Vilnius on Tuesday. "
                + "Japanese leaders agreed to raise spending.").stream().anyMatch(e -> e.startsWith("Agreement org/nato")));
        assertFalse(agreements("NATO leaders opened their annual summit in Vilnius on Tuesday. "
                + "Allied leaders agreed that Russia was the main threat.").stream().anyMatch(e -> e.startsWith("Agreement org/nato")));
    }
}
