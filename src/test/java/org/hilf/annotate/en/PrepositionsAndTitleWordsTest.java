package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * data/lexicon/en/prepositions.txt and title_words.txt: what introduces a phrase of actors, and
 * the words of a group of office holders a phrase extends over.
 */
class PrepositionsAndTitleWordsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 1, 22);

    @Test
    void withAndBetweenIntroduceTheOtherSide() {
        assertEquals(List.of("Meeting state/AU state/IN"), EnglishFixture.events(EnglishFixture.annotate("Australia held talks with India.", DAY)));
        assertEquals(List.of("Meeting state/AU state/IN"), EnglishFixture.events(EnglishFixture.annotate("Talks between Australia and India ended.", DAY)));
    }

    @Test
    void aGroupOfOfficeHoldersIsOnePhrase() {
        assertEquals(List.of("Meeting person/marco-rubio state/AU state/IN state/JP state/US"), EnglishFixture.events(EnglishFixture.annotate(
                "U.S. Secretary of State Marco Rubio hosted his counterparts from Australia, India and Japan.", DAY)));
    }

    @Test
    void aTopicIsNoParticipant() {
        assertEquals(List.of("Meeting state/AU state/IN"), EnglishFixture.events(EnglishFixture.annotate(
                "Australia held talks with India about China.", DAY)));
    }

    @Test
    void aMilitaryLeaderAndHisRankStandBetweenTheStateAndTheName() {
        // "military", "transitional" (title_words.txt) and "Captain" (honorifics.txt): the one met is named
        LocalDate day = LocalDate.of(2025, 1, 26);
        assertEquals(List.of("Meeting person/ibrahim-traore person/john-mahama state/BF state/GH"), EnglishFixture.events(EnglishFixture.annotate(
                "Ghana's President John Dramani Mahama on Sunday met Burkina Faso's military leader Captain Ibrahim Traore in Ouagadougou.", day)));
        assertEquals(List.of("Meeting person/assimi-goita person/john-mahama state/GH state/ML"), EnglishFixture.events(EnglishFixture.annotate(
                "Ghana's President John Dramani Mahama on Saturday met Mali's transitional president Colonel Assimi Goïta in Bamako.", day)));
    }
}
