package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link EnglishSpeakers}: the subject of a relative clause's verb of speech (", who told …") and of a
 * verb that ends the sentence after a comma (", India's foreign ministry said."), and the words for all
 * who took part in a gathering (gathering_anaphors.txt: "The leaders urged …"), on literal examples.
 */
class ClauseSpeakersTest {
    private static final LocalDate DAY = LocalDate.of(2023, 7, 12);

    @Test
    void thePhraseBeforeWhoSpeaks() {
        assertEquals(List.of("person/fumio-kishida for state/JP"),
                statements(annotate("The meeting was chaired by Prime Minister Fumio Kishida, who told delegates that Japan would stand by Ukraine.", DAY)));
    }

    @Test
    void aVerbEndingTheSentenceAfterACommaHasThePhraseBeforeItAsSubject() {
        assertEquals(List.of("state/IN for state/IN"),
                statements(annotate("Prime Minister Narendra Modi also held talks with Prime Minister Fumio Kishida, India's foreign ministry said.", DAY)));
    }

    @Test
    void aSecondVerbAfterAnOpeningAdverbialSharesTheSentencesSubject() {
        // "On Tuesday, Biden met X and thanked him …": Biden speaks, not X, whom he met
        assertEquals(List.of("person/joe-biden for state/US"),
                statements(annotate("On Tuesday, U.S. President Joe Biden met Turkish President Recep Tayyip Erdogan on the sidelines of the "
                        + "summit and thanked him for his \"diplomacy and courage\".", DAY)));
    }

    @Test
    void allWhoTookPartInABodysSummitSpeakAsTheBody() {
        assertEquals(List.of("org/igad for org/igad", "org/igad for org/igad"), statements(annotate("Leaders of the Intergovernmental Authority "
                + "on Development (IGAD) opened their summit in Addis Ababa on Saturday. The leaders urged the international community to fund "
                + "the transition. The participants said the war must end.", DAY)));
    }

    @Test
    void allWhoTookPartInASummitNoBodyHeldAreNoOneTold() {
        // a summit of three states held by no organization: "the participants" could be any of them, or all
        assertEquals(List.of(), statements(annotate("Japanese Prime Minister Fumio Kishida hosted Fijian Prime Minister Sitiveni Rabuka and "
                + "Cook Islands Prime Minister Mark Brown for a summit in Tokyo on Tuesday. The participants said they opposed any change "
                + "of the status quo by force.", DAY)));
    }
}
