package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** {@link EnglishHomeState}: whom a person first named by an office that names no state speaks for. */
class HomeStateTest {
    private static final LocalDate DAY = LocalDate.of(2025, 9, 18);

    @Test
    void theDatelinesStateForItsOwnOfficials() {
        var d = EnglishFixture.annotate("SEOUL, Sept. 18 (Han River Wire) -- The trip was agreed on Wednesday, "
                + "presidential spokesperson Kang Yu-jung told reporters.", DAY);
        assertEquals(1, EnglishFixture.statements(d).size());
        assertTrue(EnglishFixture.statements(d).get(0).endsWith(" for state/KR"), EnglishFixture.statements(d).toString());
    }

    @Test
    void aSpokespersonAfterACommaIsTheSubjectOfHisOwnClause() {
        var d = EnglishFixture.annotate("SEOUL, Sept. 18 (Han River Wire) -- The two discussed North Korea's deepening military ties with "
                + "Russia, presidential spokesperson Kang Yu-jung told reporters.", DAY);
        assertEquals(1, EnglishFixture.statements(d).size(), EnglishFixture.statements(d).toString());
        assertTrue(EnglishFixture.statements(d).get(0).endsWith(" for state/KR"), EnglishFixture.statements(d).toString());
    }

    @Test
    void thePlaceThatOpensTheSentence() {
        var d = EnglishFixture.annotate("In Seoul, national security adviser Chang Ho-jin said South Korea would reconsider its ban.", DAY);
        assertTrue(EnglishFixture.statements(d).get(0).endsWith(" for state/KR"), EnglishFixture.statements(d).toString());
    }

    @Test
    void theNationalityHeadingThePhrase() {
        var d = EnglishFixture.annotate("DAMASCUS — A Russian delegation led by Deputy Foreign Minister Mikhail Bogdanov arrived in Damascus "
                + "on Tuesday. Bogdanov told reporters that the talks had been constructive.", DAY);
        assertTrue(EnglishFixture.statements(d).get(0).endsWith(" for state/RU"), EnglishFixture.statements(d).toString());
    }

    @Test
    void theOfficialInApposition() {
        var d = EnglishFixture.annotate("DOHA — Japan's top government spokesman, Chief Cabinet Secretary Hirokazu Matsuno, said on Monday "
                + "that Tokyo hoped the tour would help.", DAY);
        assertTrue(EnglishFixture.statements(d).get(0).endsWith(" for state/JP"), EnglishFixture.statements(d).toString());
    }

    @Test
    void aDatelineOfTwoPlacesNamesNoHome() {
        // national security adviser Chang Ho-jin: no state the gazetteer gives him, so the dateline's, if it has one
        String report = " -- The visit went well, national security adviser Chang Ho-jin told reporters.";
        var one = EnglishFixture.annotate("BUSAN, April 2 (Han River Wire)" + report, DAY);
        assertTrue(EnglishFixture.statements(one).stream().anyMatch(s -> s.endsWith(" for state/KR")), EnglishFixture.statements(one).toString());
        var two = EnglishFixture.annotate("BUSAN/OSAKA, April 2 (Han River Wire)" + report, DAY);
        assertTrue(EnglishFixture.statements(two).stream().allMatch(s -> s.endsWith(" for ")), EnglishFixture.statements(two).toString());
    }

    @Test
    void noStateWithoutAClue() {
        var d = EnglishFixture.annotate("The talks were useful, national security adviser Chang Ho-jin said.", DAY);
        assertTrue(EnglishFixture.statements(d).stream().allMatch(s -> s.endsWith(" for ")), EnglishFixture.statements(d).toString());
    }

    @Test
    void hisSpokesmanIsTheSpokesmanOfTheSentencesSubject() {
        var d = EnglishFixture.annotate("BEIJING, Sept. 18 (Wire) -- Ramaphosa's visit was a state visit; his spokesman Vincent Magwenya "
                + "said the South African leader also met Premier Li Qiang.", DAY);
        assertTrue(EnglishFixture.statements(d).get(0).endsWith(" for state/ZA"), EnglishFixture.statements(d).toString());
    }

    @Test
    void anUnnamedOfficialAfterACommaAndRightBeforeTheVerbIsItsSubject() {
        var d = EnglishFixture.annotate("On Tuesday, Macron is scheduled to meet Prime Minister Aziz Akhannouch, an Elysee official said.", DAY);
        assertEquals(1, EnglishFixture.statements(d).size(), EnglishFixture.statements(d).toString());
        assertTrue(EnglishFixture.statements(d).get(0).endsWith(" for state/FR"), EnglishFixture.statements(d).toString());
    }

    @Test
    void theOutletsOwnLeaderNamedWithoutNationalityOutranksADatelineAbroad() {
        var d = EnglishFixture.annotate("TIANJIN: Prime Minister Narendra Modi and Chinese President Xi Jinping held talks here on Sunday. "
                + "The talks were useful, Foreign Secretary Vikram Misri told reporters.", DAY);
        assertTrue(EnglishFixture.statements(d).get(0).endsWith(" for state/IN"), EnglishFixture.statements(d).toString());
    }
}
