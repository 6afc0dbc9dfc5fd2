package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** data/lexicon/en/courtesy_calls.txt and EnglishCourtesyCalls on literal examples: "called on" urges or visits. */
class CourtesyCallsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 8, 12);

    @Test
    void callingOnAPresidentAtHisOfficeIsNoStatement() {
        AnnotatedArticle d = EnglishFixture.annotate("External Affairs Minister S. Jaishankar called on Maldivian President "
                + "Mohamed Muizzu at the President's Office in Male on Sunday.", DAY);
        assertEquals(List.of(), EnglishFixture.statements(d));
    }

    @Test
    void aCallOnAPresidentEndingTheSentenceIsNoStatement() {
        AnnotatedArticle d = EnglishFixture.annotate("Earlier in the day, External Affairs Minister S. Jaishankar called on President Mohamed Muizzu.", DAY);
        assertEquals(List.of(), EnglishFixture.statements(d));
    }

    @Test
    void callingOnAStateToActIsAStatement() {
        AnnotatedArticle d = EnglishFixture.annotate("Saudi Foreign Minister Prince Faisal bin Farhan called on Iran to stop interfering "
                + "in the internal affairs of its neighbours.", DAY);
        assertEquals(1, EnglishFixture.statements(d).size(), EnglishFixture.statements(d).toString());
        assertEquals(List.of(), EnglishFixture.events(d));
    }

    @Test
    void addresseesPartedByCommasStillUrge() {
        AnnotatedArticle d = EnglishFixture.annotate("Egyptian Foreign Minister Badr Abdelatty called on Israel, Hamas and the "
                + "international community to respect the ceasefire.", DAY);
        assertEquals(1, EnglishFixture.statements(d).size(), EnglishFixture.statements(d).toString());
        assertEquals(List.of(), EnglishFixture.events(d));
    }
}
