package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link EnglishSpeakers} and {@link EnglishTitleReader}: "the official said" refers back to the
 * official named before, and a word before a comma does not make a title a former one ("next week,
 * Indian officials said"), on literal examples.
 */
class OfficialAnaphorsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 9, 18);

    @Test
    void theOfficialIsTheUnnamedOfficialNamedBefore() {
        List<String> found = statements(annotate("A senior Saudi official told Reuters the pact was years in the making. "
                + "\"This is a comprehensive defensive agreement,\" the official said.", DAY));
        assertEquals(2, found.size());
        assertEquals(found.get(0), found.get(1));
        assertTrue(found.get(0).endsWith(" for state/SA"), found.toString());
    }

    @Test
    void anOfficialInACapitalSpeaksForItsState() {
        // EnglishTitles.matchAt: "a presidency spokesperson in Abuja", "officials in Seoul"
        List<String> found = statements(annotate("But a presidency spokesperson in Abuja said Tinubu had assured Talon of solidarity.", DAY));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).endsWith(" for state/NG"), found.toString());
        found = statements(annotate("The talks ended in what officials in Seoul said was a breakthrough.", DAY));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).endsWith(" for state/KR"), found.toString());
    }

    @Test
    void theSpokesmanIsTheSpokesmanNamedBeforeNotTheStateOfHisWords() {
        assertEquals(List.of("person/lin-jian for state/CN", "person/lin-jian for state/CN"),
                statements(annotate("Chinese foreign ministry spokesman Lin Jian said the talks were useful. "
                        + "China opposes the deployment, the spokesman added.", DAY)));
    }

    @Test
    void theEnvoyOfAnOfficeSeveralHoldIsAnUnnamedOneOfItsBody() {
        // Gazetteer.holder names no one of the UN's envoys (it named the latest, Hanna Tetteh); "his office" is the UN's
        List<String> found = statements(annotate("The United Nations envoy for Yemen has wrapped up a week of talks in Oman, his office said.",
                LocalDate.of(2026, 1, 12)));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).endsWith(" for org/un") && !found.get(0).contains("tetteh") && !found.get(0).contains("grundberg"), found.toString());
    }

    @Test
    void anOfficialAParticipleQualifiesSpeaksNotTheOneItNames() {
        // "A Lebanese official accompanying the prime minister told …": the official, not the prime minister
        List<String> found = statements(annotate("Lebanese Prime Minister Nawaf Salam met Saudi Crown Prince Mohammed bin Salman in Riyadh "
                + "on Tuesday. A Lebanese official accompanying the prime minister told Arab News that the two sides were close to a deal.",
                LocalDate.of(2026, 2, 10)));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("person/en-official-") && found.get(0).endsWith(" for state/LB"), found.toString());
    }

    @Test
    void aPastParticipleAndAnAsideBeforeTheVerbKeepTheOfficialTheSubject() {
        List<String> found = statements(annotate("A Brazilian diplomat involved in the negotiations, speaking on condition of anonymity, "
                + "said the language on Iran had been the hardest to agree on.", LocalDate.of(2025, 7, 7)));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("person/en-official-") && found.get(0).endsWith(" for state/BR"), found.toString());
    }

    @Test
    void withNoOfficialBeforeTheOfficialNamesNoOne() {
        assertEquals(List.of(), statements(annotate("The talks were useful, the official said.", DAY)));
    }

    @Test
    void aWordBeforeACommaDoesNotMakeTheOfficialsFormer() {
        List<String> found = statements(annotate("The first meeting is expected to be held next week, Indian officials said.", DAY));
        assertEquals(1, found.size());
        assertTrue(found.get(0).endsWith(" for state/IN"), found.toString());
    }
}
