package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** data/lexicon/en/bare_offices.tsv on literal examples (EnglishBareOffices). */
class BareOfficesTest {
    private static final LocalDate DAY = LocalDate.of(2023, 9, 6);

    @Test
    void thePresidentialOfficeIsTheOfficeOfTheOnlyPresidentNamed() {
        assertEquals(List.of("org/kr-presidential-office for state/KR"),
                statements(annotate("President Yoon Suk Yeol flew to Jakarta on Tuesday for a regional meeting. "
                        + "The presidential office said he would also discuss energy projects.", DAY)));
    }

    @Test
    void aStateWithNoOfficeOfItsOwnInTheGazetteerSpeaksItself() {
        assertEquals(List.of("state/ID for state/ID"),
                statements(annotate("Indonesian President Joko Widodo opened the regional meeting in Jakarta on Tuesday. "
                        + "The meeting would last two days, the president's office said.", DAY)));
    }

    @Test
    void withTwoPresidentsOrNoneTheOfficeNamesNoOne() {
        assertEquals(List.of(),
                statements(annotate("President Yoon Suk Yeol met Indonesian President Joko Widodo in Jakarta on Tuesday. "
                        + "The presidential office said trade came up.", DAY)));
        assertEquals(List.of(),
                statements(annotate("Japanese Prime Minister Fumio Kishida arrived in Jakarta on Tuesday. "
                        + "The presidential office said trade came up.", DAY)));
    }

    @Test
    void theForeignMinistryIsTheMinistryOfTheOnlyForeignMinisterNamed() {
        assertEquals(List.of("state/QA for state/QA"),
                statements(annotate("Qatari Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani met the envoys in Doha. "
                        + "In a statement, the Ministry of Foreign Affairs said that the delegations would meet again on Wednesday.", DAY)));
        // two foreign ministers named: which ministry is not told
        assertEquals(List.of(),
                statements(annotate("Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken in Jakarta. "
                        + "The foreign ministry said the talks were candid.", DAY)));
    }

    @Test
    void aSentenceOpeningWithAPlaceNamesTheOfficeOfItsState() {
        assertEquals(List.of("org/cn-foreign-ministry for state/CN"),
                statements(annotate("U.S. Secretary of State Antony Blinken put off a trip to China on Friday. "
                        + "In Beijing, the foreign ministry said the craft was a civilian airship.", DAY)));
    }

    @Test
    void withForeignMinistersOfSeveralStatesTheDatelinesMinistrySpeaks() {
        assertEquals(List.of("state/PK for state/PK"), statements(annotate("Talks in Islamabad\n\nISLAMABAD, Aug 21 (Reuters) - "
                + "Foreign Minister Ishaq Dar and Chinese Foreign Minister Wang Yi attended the meeting, according to the Foreign Office.",
                LocalDate.of(2025, 8, 21))));
        // no dateline among their states: no one
        assertEquals(List.of(), statements(annotate("Talks in Islamabad\n\nLONDON, Aug 21 (Reuters) - Foreign Minister Ishaq Dar"
                + " and Chinese Foreign Minister Wang Yi attended the meeting, according to the Foreign Office.", LocalDate.of(2025, 8, 21))));
    }

    @Test
    void aNationsCapitalIsAPlaceNotAnActor() {
        // "the Mauritanian capital": the place where the summit met, which the reference list names
        var d = annotate("Arab leaders opened their annual summit in the Mauritanian capital on Monday.", LocalDate.of(2016, 7, 25));
        assertEquals(List.of("place/capital-MR"), EnglishFixture.actors(d, org.hilf.annotate.ActorMention.Role.PLACE));
        assertEquals(List.of("Summit org/arab-league"), EnglishFixture.events(d));
    }
}
