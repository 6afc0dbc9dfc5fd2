package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.DateMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/** StatementDating and EnglishSpeakers: when a statement was said and who said it, on literal examples. */
class SaidWhenAndByWhomTest {
    private static final LocalDate DAY = LocalDate.of(2023, 1, 31);

    private static DateMention dateOfFirst(String text) {
        return annotate(text, DAY).get(Keys.STATEMENTS).get(0).date();
    }

    @Test
    void aYearInsideWhatWasSaidDoesNotDateTheSaying() {
        assertNull(dateOfFirst("Stoltenberg said the next summit would be held in Washington in 2024."));
        assertNull(dateOfFirst("The allies will meet again in Washington in July 2024, Stoltenberg said."));
    }

    @Test
    void aDayOrAYearThatModifiesTheSayingDatesIt() {
        assertEquals(2021, dateOfFirst("Stoltenberg said in 2021 that the alliance would not move east.").year());
        assertEquals(LocalDate.of(2023, 1, 30), dateOfFirst("Stoltenberg said on Monday that the alliance was ready.").start());
    }

    @Test
    void aMonthBeforeTheWordOfSpeechOrAfterTheObjectOfAnActDatesIt() {
        // StatementDating: "met … in September 2022 and, in a joint statement, called for", "announced X in January 2022"
        assertEquals(2022, dateOfFirst("The foreign ministers of Egypt and Jordan met in Amman in September 2022 and, in a joint statement, "
                + "called for a ceasefire.").year());
        assertEquals(2022, dateOfFirst("Mali, Burkina Faso and Niger announced their departure from ECOWAS in January 2022.").year());
        // not what the object's own clause dates, nor a verb that introduces a clause
        assertNull(dateOfFirst("Egypt condemned the agreement signed in Doha in January 2022."));
        assertNull(dateOfFirst("Egypt said the talks resumed in January 2022."));
    }

    @Test
    void aRelativeClauseBetweenSubjectAndVerbIsNotTheSubject() {
        assertEquals(List.of("person/fumio-kishida for state/JP"),
                statements(annotate("Kishida, who chaired the Group of Seven summit, said the allies were united.", DAY)));
    }

    @Test
    void twoVerbsJoinedByAndShareTheirSubject() {
        assertEquals(List.of("person/fumio-kishida for state/JP"),
                statements(annotate("Kishida thanked NATO for its support and said Japan would do more.", DAY)));
    }

    @Test
    void heJustBeforeTheVerbIsTheLastSpeakerNotTheTopicBeforeIt() {
        assertEquals(List.of("person/jens-stoltenberg for org/nato", "person/jens-stoltenberg for org/nato"),
                statements(annotate("Stoltenberg told reporters the meeting went well. Japan, he said, was a close partner.", DAY)));
    }

    @Test
    void theTwoGovernmentsAreTheStatesNotTheirLeaders() {
        assertEquals(List.of("state/JP+state/KR for state/JP+state/KR"),
                statements(annotate("Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul on Sunday. "
                        + "In a joint statement released after the talks, the two governments said ties were improving.", DAY)));
    }
}
