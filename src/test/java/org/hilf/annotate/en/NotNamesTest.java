package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Literal examples of data/lexicon/en/not_names.txt: a noun of a body after a title is no new
 * person's name, while titles that hold such a word stay titles. Sentences written for this test.
 */
class NotNamesTest {

    @Test
    void theCommissionOfAPresidentOfTheCommissionIsNoPerson() {
        assertEquals(List.of("person/jean-claude-kassi-brou for org/ecowas"), statements(annotate(
                "The President of the ECOWAS Commission, Jean-Claude Kassi Brou, said no country could secure its border alone.",
                LocalDate.of(2018, 7, 30))));
        assertEquals(List.of("person/moussa-faki-mahamat for org/african-union"), statements(annotate(
                "The Chairperson of the African Union Commission, Moussa Faki Mahamat, said the summit would focus on peace.",
                LocalDate.of(2023, 2, 18))));
    }

    /** "cabinet" is left out of the file: with it, the named secretary gave way to the unnamed spokesman before him. */
    @Test
    void aTitleWithACabinetInItStillNamesItsHolder() {
        List<String> got = statements(annotate("Japan's top government spokesman, Chief Cabinet Secretary Hirokazu Matsuno, said on Monday "
                + "that Tokyo would send a delegation.", LocalDate.of(2023, 1, 16)));
        // the gazetteer knows him (Chief Cabinet Secretary 2021-10-04 to 2023-12-14): the named secretary speaks, not an unnamed spokesman
        assertEquals(List.of("person/hirokazu-matsuno for state/JP"), got);
    }
    @Test
    void aMinistryOfExternalAffairsIsNoPerson() {
        assertEquals(List.of("state/IN for state/IN"), statements(annotate(
                "Jaishankar met Hegseth at the Pentagon on Tuesday, according to India's Ministry of External Affairs.", LocalDate.of(2025, 7, 1))));
    }
}
