package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Whom "he" stands for in an event's sentence (Antecedents.within), and as a speaker (EnglishSpeakers). */
class PronounsTest {
    private static final LocalDate DAY = LocalDate.of(2023, 7, 12);

    @Test
    void heAfterTheSentencesOwnSubjectIsThatSubjectNotTheOneBefore() {
        assertEquals(List.of("Visit person/fumio-kishida person/mohammed-bin-salman state/JP state/SA"),
                events(annotate("Biden spoke about tariffs on Monday. Earlier, Kishida had travelled to Saudi Arabia, "
                        + "where he met Crown Prince Mohammed bin Salman in Jeddah.", DAY)));
    }

    @Test
    void heBeforeAnySubjectIsStillTheSubjectOfTheSentenceBefore() {
        assertEquals(List.of("Visit person/fumio-kishida person/mohammed-bin-salman state/JP state/SA"),
                events(annotate("Kishida arrived in Saudi Arabia on Sunday. In Jeddah he met Crown Prince Mohammed bin Salman.", DAY)));
    }

    @Test
    void heSpeaksAsThePersonBeforeNeverAsAStateOrAMinistry() {
        List<String> st = EnglishFixture.statements(annotate("Japan's foreign ministry said the talks were useful. "
                + "He told reporters the alliance was strong.", DAY));
        assertEquals(List.of("state/JP for state/JP"), st);
        List<String> person = EnglishFixture.statements(annotate("Kishida said the talks were useful. "
                + "He told reporters the alliance was strong.", DAY));
        assertEquals(2, person.size(), person.toString());
    }
}
