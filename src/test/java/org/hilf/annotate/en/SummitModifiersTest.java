package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A body's name just before "summit", whatever preposition introduces it; "their summit" of one body's leaders. */
class SummitModifiersTest {
    private static final LocalDate DAY = LocalDate.of(2024, 12, 7);

    private static List<String> ev(String text) { return EnglishFixture.events(EnglishFixture.annotate(text, DAY)); }

    @Test
    void aBodyNamedBeforeTheSummitWordAfterAPrepositionHoldsIt() {
        assertEquals(List.of("Summit org/european-commission org/mercosur person/ursula-von-der-leyen"),
                ev("European Commission President Ursula von der Leyen flew to Montevideo for the Mercosur summit on Friday."));
    }

    @Test
    void aBodysOrganOfHeadsOfStateIsItsSummitAndItsCommuniqueSpeaksForIt() {
        // frames.tsv council-of-heads; the communique then speaks for the body whose summit it closed
        var doc = EnglishFixture.annotate("The decision was announced at the end of the 66th Ordinary Session of the ECOWAS Authority "
                + "of Heads of State and Government in Abuja. During that period, \"the doors of ECOWAS will remain open\" to the three "
                + "countries, the communique said.", LocalDate.of(2024, 12, 15));
        assertEquals(List.of("Summit org/ecowas"), EnglishFixture.events(doc));
        assertEquals(List.of(List.of("org/ecowas")), doc.get(org.hilf.annotate.Keys.STATEMENTS).stream().map(st -> st.speakers()).toList());
    }

    @Test
    void aSummitWhoseOwnVerbWillHoldItIsPlanned() {
        // EnglishClause.plannedRelative: "will be held" right after the gathering's words
        assertEquals(List.of("Summit org/ecowas planned"), EnglishFixture.events(EnglishFixture.annotate("The 53rd Ordinary Session of "
                + "the ECOWAS Authority of Heads of State and Government will be held tomorrow, 31 July, in Lome.", LocalDate.of(2018, 7, 30))));
        assertEquals(List.of("Summit org/ecowas planned"), EnglishFixture.events(EnglishFixture.annotate("The ECOWAS summit is to be "
                + "held in Abuja next week.", LocalDate.of(2018, 7, 30))));
    }

    @Test
    void theLeadersOfOneBodyHoldTheirSummit() {
        assertEquals(List.of("Summit org/g20"),
                ev("Leaders of the Group of Twenty (G20) major economies wrapped up their two-day summit in Bali on Wednesday."));
    }

    @Test
    void theLeadersOfTwoBodiesHoldNeithersOwnSummit() {
        List<String> e = ev("Leaders of the Gulf Cooperation Council and the Association of Southeast Asian Nations met in Kuala Lumpur "
                + "on Tuesday for their second joint summit.");
        assertTrue(e.stream().noneMatch(x -> x.startsWith("Summit") && !x.contains("org/gcc")), e.toString());
        assertTrue(e.stream().noneMatch(x -> x.startsWith("Summit") && !x.contains("org/asean")), e.toString());
    }

    @Test
    void aSideMeetingOfAGroupIsNoSummitOfIt() {
        List<String> e = ev("On the sidelines of the summit, Modi held talks with Lula and Ramaphosa in an IBSA leaders' meeting.");
        assertTrue(e.stream().noneMatch(x -> x.startsWith("Summit org/ibsa")), e.toString());
    }

    @Test
    void theHeadsOfStateOfABodyHoldTheSummitNotTheBodyThatMeetsInThatCity() {
        // EnglishEncounters.groupSummitOf: IGAD's summit in Addis Ababa, not the African Union's held there that month
        List<String> e = EnglishFixture.events(EnglishFixture.annotate("Heads of state and government of the Intergovernmental Authority on "
                + "Development (IGAD) on Saturday endorsed a revised roadmap for South Sudan, at an extraordinary summit held in the Ethiopian capital.",
                java.time.LocalDate.of(2026, 2, 28)));
        assertTrue(e.stream().anyMatch(x -> x.startsWith("Summit org/igad")), e.toString());
        assertTrue(e.stream().noneMatch(x -> x.contains("org/african-union")), e.toString());
    }

    /** A body's name joined to a partner's before the summit word names that summit's sides (EventMention.partners). */
    @Test
    void aBodyJoinedToAPartnerBeforeTheSummitWordHoldsItWithThePartner() {
        assertEquals(List.of("Summit org/gcc state/US"), ev("Officials were still drafting the final statement late on Tuesday, ahead of the GCC-US summit."));
    }

    /** The ASEAN leaders' own summit and their summits with Japan and with the United States are three summits, not one. */
    @Test
    void aSummitWithAPartnerIsAnotherThanTheBodysOwn() {
        List<String> e = EnglishFixture.events(EnglishFixture.annotate("Southeast Asian leaders opened the 47th ASEAN Summit in Kuala Lumpur "
                + "on Sunday. Trump later joined the ASEAN-US Summit. Japan's Prime Minister Sanae Takaichi will attend the ASEAN-Japan summit "
                + "on Tuesday.", LocalDate.of(2025, 10, 26)));
        assertEquals(3, e.stream().filter(x -> x.startsWith("Summit org/asean")).count(), e.toString());
        assertTrue(e.stream().anyMatch(x -> x.startsWith("Summit org/asean") && x.contains("state/US") && !x.contains("state/JP")), e.toString());
    }

    /**
     * Two bodies' leaders who met for a summit held it together; "their next summit" is that joint
     * summit's next one, and the ministers' meeting of both bodies is neither summit.
     */
    @Test
    void theNextSummitOfTwoBodiesAndTheirMinistersMeetingKeepBothSides() {
        List<String> e = EnglishFixture.events(EnglishFixture.annotate("Leaders of the African Union and the European Union met in Brussels "
                + "on Thursday for their seventh summit. The gathering followed an AU-EU ministerial meeting held in Kigali in May. The leaders "
                + "agreed to hold their next summit in Africa in 2028.", LocalDate.of(2025, 10, 23)));
        assertTrue(e.contains("Summit org/african-union org/eu planned"), e.toString());
        assertTrue(e.contains("Meeting org/african-union org/eu"), e.toString());
    }

    /** "their second summit" refers back to the joint summit just told: the next of that one, with both sides (SummitResolver). */
    @Test
    void theirSecondSummitIsTheJointSummitsNextOne() {
        List<String> e = EnglishFixture.events(EnglishFixture.annotate("Leaders of the Gulf Cooperation Council and ASEAN met in Riyadh on "
                + "Friday for an inaugural joint summit, where they discussed trade and Gaza. The leaders decided that their second summit "
                + "would be held in Kuala Lumpur in 2025.", LocalDate.of(2023, 10, 21)));
        assertEquals(List.of("Summit org/asean org/gcc", "Summit org/asean org/gcc planned"), e.stream().sorted().toList());
    }

    /** EnglishEncounters.leadersSummitOf: the body whose leaders open the sentence holds "a summit" it names after. */
    @Test
    void theBodyWhoseLeadersOpenTheSentenceHoldsTheSummit() {
        List<String> e = EnglishFixture.events(EnglishFixture.annotate("SADC leaders agreed on Saturday to extend the mission's mandate "
                + "at a summit overshadowed by the crisis in Mozambique.", LocalDate.of(2024, 8, 18)));
        assertTrue(e.stream().anyMatch(x -> x.startsWith("Summit org/sadc")), e.toString());
    }

    /**
     * The heads of state of two bodies, each named with its abbreviation after it, hold their joint summit;
     * "the two organisations" then adopt for both.
     */
    @Test
    void theHeadsOfStateOfTwoBodiesHoldTheirJointSummit() {
        List<String> e = EnglishFixture.events(EnglishFixture.annotate("The Heads of State and Government of the Southern African Development "
                + "Community (SADC) and the East African Community (EAC) held their first joint summit in Dar es Salaam on Saturday. At the "
                + "close, the two organisations adopted a joint communique on the crisis.", LocalDate.of(2025, 2, 9)));
        assertTrue(e.contains("Summit org/eac org/sadc"), e.toString());
        assertTrue(e.contains("Agreement org/eac org/sadc"), e.toString());
    }
}
