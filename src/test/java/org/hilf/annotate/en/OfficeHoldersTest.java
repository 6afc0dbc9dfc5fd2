package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Offices in the plural resolved to each state's holder; "X said in a joint statement" is X's statement only. */
class OfficeHoldersTest {
    private static final LocalDate DAY = LocalDate.of(2024, 4, 8);

    @Test
    void theDefenceMinistersOfThreeStatesAreTheirHolders() {
        var d = EnglishFixture.annotate("The AUKUS partners will begin talks with Japan on defence technologies, the defence ministers of "
                + "the United States, Britain and Australia said in a joint statement on Monday.", DAY);
        assertEquals(List.of("person/lloyd-austin+person/grant-shapps+person/richard-marles for state/US+state/GB+state/AU"),
                EnglishFixture.statements(d));
    }

    @Test
    void thePresidentElectIsNotTheSittingPresident() {
        // EnglishTitles.electAt: Joko Widodo held the office until October 2024; Prabowo Subianto was elect
        LocalDate july = LocalDate.of(2024, 7, 31);
        var met = EnglishFixture.annotate("Russian President Vladimir Putin met Indonesian President-elect Prabowo Subianto in Moscow on Wednesday.", july);
        assertEquals(List.of("person/vladimir-putin", "person/prabowo-subianto"),
                EnglishFixture.names(met).stream().filter(n -> n.startsWith("person/")).toList());
        var said = EnglishFixture.annotate("\"Russia is a friend of Indonesia,\" the Indonesian President-elect said.", july);
        assertEquals(List.of(), EnglishFixture.statements(said));
    }

    @Test
    void aStateWithoutAKnownHolderIsReadAsItself() {
        var d = EnglishFixture.annotate("The foreign ministers of Japan and Germany said in a joint statement that the talks were useful.",
                LocalDate.of(1960, 1, 1)); // no terms of office known then
        assertEquals(List.of("state/JP", "state/DE"), EnglishFixture.names(d));
    }

    @Test
    void theTopUsDiplomatIsTheSecretaryOfState() {
        var d = EnglishFixture.annotate("The top U.S. diplomat arrived in Doha from Cairo on Tuesday.", LocalDate.of(2024, 2, 6));
        assertEquals(List.of("person/antony-blinken"), EnglishFixture.names(d).stream().filter(n -> n.startsWith("person/")).toList());
    }

    @Test
    void aThingWelcomedIsNoVisitor() {
        var d = EnglishFixture.annotate("Marles told Japanese Defense Minister Minoru Kihara that Australia welcomed Tokyo's interest.", DAY);
        assertEquals(List.of(), EnglishFixture.events(d));
    }

    @Test
    void indiasForeignSecretarySpeaksForIndia() {
        // offices.tsv foreign_secretary: the named holder speaks for India ("Foreign Secretary" alone stays the UK's minister)
        var d = EnglishFixture.annotate("The two leaders agreed to keep talking, Foreign Secretary Vikram Misri told reporters after the meeting.",
                LocalDate.of(2024, 10, 23));
        assertEquals(List.of("person/vikram-misri for state/IN"), EnglishFixture.statements(d));
        var k = EnglishFixture.annotate("The two sides also discussed Gaza, Foreign Secretary Vinay Kwatra told a media briefing.",
                LocalDate.of(2024, 2, 14));
        assertEquals(List.of("person/vinay-kwatra for state/IN"), EnglishFixture.statements(k));
    }

    @Test
    void theDeputySecretaryOfStateSpeaksForTheUnitedStates() {
        // offices.tsv deputy_foreign_minister: "his deputy" names no state, the holder's office does
        var d = EnglishFixture.annotate("Rubio skipped the meeting and sent his deputy Christopher Landau instead. Landau said in a post on X "
                + "that the United States remains committed.", LocalDate.of(2025, 12, 3));
        assertEquals(List.of("person/christopher-landau for state/US"), EnglishFixture.statements(d));
    }

    @Test
    void kazakhstansDefenceMinisterChangedInJune2025() {
        // offices.tsv: Zhaksylykov until the decree of 2025-06-08, then Kosanov (once recorded a year early)
        String text = "Kazakhstan's Defence Minister told reporters that the drills would go ahead.";
        assertEquals(List.of("person/ruslan-zhaksylykov for state/KZ"),
                EnglishFixture.statements(EnglishFixture.annotate(text, LocalDate.of(2024, 6, 13))));
        assertEquals(List.of("person/dauren-kosanov for state/KZ"),
                EnglishFixture.statements(EnglishFixture.annotate(text, LocalDate.of(2025, 7, 1))));
    }

    @Test
    void auditedTermsNameTheMinisterOfTheDay() {
        // offices.tsv, audit of 2026-12-04: Nduhungirehe from 2024-06-12 (not August), Ryzhenkov from 2024-06-27 (not April)
        assertEquals(List.of("person/olivier-nduhungirehe for state/RW"), EnglishFixture.statements(EnglishFixture.annotate(
                "Rwanda's Foreign Minister told reporters that the talks would resume.", LocalDate.of(2024, 7, 1))));
        assertEquals(List.of("person/sergei-aleinik for state/BY"), EnglishFixture.statements(EnglishFixture.annotate(
                "Belarus's Foreign Minister told reporters that the talks would resume.", LocalDate.of(2024, 5, 15))));
    }

    @Test
    void jordansSpokespersonFromOctober2023() {
        // offices.tsv, audit of 2026-12-04: al-Qudah spoke for the foreign ministry from 2023-10-01 (once recorded from June 2024)
        assertEquals(List.of("person/sufian-al-qudah for state/JO"), EnglishFixture.statements(EnglishFixture.annotate(
                "Jordan's foreign ministry spokesperson said the crossing would stay open.", LocalDate.of(2024, 1, 15))));
    }
}
