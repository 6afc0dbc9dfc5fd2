package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link EnglishReferredSpeakers}, data/lexicon/en/owned_bodies.txt and title_anaphors.tsv: "his
 * office said" is the state of the person "his" stands for; "the Iranian minister said" the Iranian
 * minister named before, on literal examples.
 */
class ReferredSpeakersTest {
    private static final LocalDate DAY = LocalDate.of(2023, 6, 17);

    @Test
    void hisOfficeIsTheStateOfThePersonNamedBefore() {
        assertEquals(List.of("state/IR for state/IR"),
                statements(annotate("President Ebrahim Raisi is expected to travel to Saudi Arabia later this year, his office said.", DAY)));
        assertEquals(List.of("state/IR for state/IR"),
                statements(annotate("President Ebrahim Raisi is expected to travel to Saudi Arabia later this year, according to his office.", DAY)));
    }

    @Test
    void theKenyanLeaderIsKenyasPresidentTheArticleNamed() {
        // title_anaphors.tsv "leader": the offices it stands for (roles), held on the day by the person named before
        assertEquals(List.of("person/william-ruto for state/KE", "person/william-ruto for state/KE"),
                statements(annotate("President William Ruto met President Joe Biden at the White House. Ruto said ties had entered "
                        + "a new chapter. \"We are not asking for charity,\" the Kenyan leader said.", LocalDate.of(2024, 5, 23))));
    }

    @Test
    void hisOfficeAfterTwoPeopleNamesNoOne() {
        // whose office is not told: not Iran's (the phrase before the comma may still name a speaker of its own)
        assertFalse(statements(annotate("President Ebrahim Raisi met Chinese President Xi Jinping in Beijing, his office said.", DAY))
                .contains("state/IR for state/IR"));
    }

    @Test
    void hisOfficeOpeningTheSentenceIsTheStateOfTheSubjectBefore() {
        List<String> found = statements(annotate("Iranian President Ebrahim Raisi arrived in Beijing on Tuesday. "
                + "His office confirmed he is scheduled to meet Xi Jinping on Wednesday.", DAY));
        assertEquals(List.of("state/IR for state/IR"), found);
    }

    @Test
    void aPersonsOfficeIsThePersonsState() {
        assertEquals(List.of("state/PK for state/PK"), statements(annotate("Pakistani Prime Minister Shehbaz Sharif arrived in Riyadh. "
                + "He is scheduled to travel on to London, the Prime Minister's Office said.", LocalDate.of(2024, 9, 12))));
        assertEquals(List.of("state/IQ for state/IQ"), statements(annotate("Al-Sudani held talks with Sanchez on trade, "
                + "according to a statement from the Iraqi prime minister's office.", LocalDate.of(2024, 9, 12))));
    }

    @Test
    void theNationalMinisterIsTheMinisterOfThatStateNamedBefore() {
        String lead = "Saudi Foreign Minister Prince Faisal bin Farhan received Iranian Foreign Minister Hossein Amir-Abdollahian in Riyadh. ";
        assertEquals(List.of("person/hossein-amir-abdollahian for state/IR"),
                statements(annotate(lead + "The Iranian minister said the two countries had agreed to form joint committees.", DAY)));
        assertEquals(List.of("person/hossein-amir-abdollahian for state/IR"),
                statements(annotate(lead + "According to the Iranian minister, the sides also discussed trade.", DAY)));
    }

    @Test
    void noMinisterOfThatStateOrAPrimeMinisterNamesNoOne() {
        assertEquals(List.of(), statements(annotate("Indian Prime Minister Narendra Modi arrived in Riyadh. "
                + "The Indian minister said the talks were useful.", DAY)));
        assertEquals(List.of(), statements(annotate("Saudi Foreign Minister Prince Faisal bin Farhan arrived in Tehran. "
                + "The Iranian minister said the talks were useful.", DAY)));
    }

    @Test
    void theMinisterIsNotTheOneTheArticleCallsByAnotherTitle() {
        // a Secretary of State holds a foreign minister's role, but "the minister" is the one the article titled minister
        assertEquals(List.of("person/yusuf-tuggar for state/NG"), statements(annotate("Nigeria's Minister of Foreign Affairs, Yusuf "
                + "Maitama Tuggar, held talks with U.S. Secretary of State Antony Blinken in Washington on Tuesday. "
                + "After the meeting, the minister said Nigeria wanted partnership.", LocalDate.of(2024, 1, 23))));
    }

    @Test
    void anAsideBetweenTheReferringPhraseAndItsVerbKeepsTheSpeaker() {
        // data/lexicon/en/speech_asides.txt: "for his part", "in turn" between "the Iranian minister" and "said"
        String lead = "Saudi Foreign Minister Prince Faisal bin Farhan received Iranian Foreign Minister Hossein Amir-Abdollahian in Riyadh. ";
        for (String aside : List.of("for his part", "in turn")) {
            assertEquals(List.of("person/hossein-amir-abdollahian for state/IR"),
                    statements(annotate(lead + "The Iranian minister, " + aside + ", praised the kingdom's role.", DAY)), aside);
        }
    }

    @Test
    void theMinisterAsAClauseSubjectMeetsForThePersonNamedBefore() {
        // EnglishReferredSpeakers.subjects: the phrase stands for the one person so titled before, as the event's side
        assertEquals(List.of("Meeting person/antony-blinken person/dmytro-kuleba state/UA state/US"),
                EnglishFixture.events(annotate("Ukrainian Foreign Minister Dmytro Kuleba spoke to reporters in Brussels on Tuesday. "
                        + "Earlier in the day, the minister met with U.S. Secretary of State Antony Blinken.", LocalDate.of(2022, 11, 29))));
        assertEquals(List.of("Meeting person/antony-blinken person/dmytro-kuleba state/UA state/US"),
                EnglishFixture.events(annotate("Ukrainian Foreign Minister Dmytro Kuleba spoke to reporters in Brussels on Tuesday. "
                        + "The Ukrainian minister later held talks with U.S. Secretary of State Antony Blinken.", LocalDate.of(2022, 11, 29))));
        // two ministers named before: "the minister" is neither
        assertEquals(List.of(), EnglishFixture.events(annotate("Ukrainian Foreign Minister Dmytro Kuleba and Polish Foreign Minister "
                + "Zbigniew Rau spoke to reporters in Brussels on Tuesday. Earlier in the day, the minister met with U.S. Secretary of State "
                + "Antony Blinken.", LocalDate.of(2022, 11, 29))));
    }
}
