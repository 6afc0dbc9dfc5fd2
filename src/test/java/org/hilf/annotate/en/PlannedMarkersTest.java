package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** data/lexicon/en/planned_markers.txt: literal examples of words that make an event planned. */
class PlannedMarkersTest {
    @Test
    void plannedWordsBeforeTheEvent() {
        for (String s : List.of("Kishida would meet Biden.", "Kishida could meet Biden.", "Kishida is scheduled to meet Biden.",
                "Kishida intends to meet Biden.", "Kishida hopes to meet Biden.", "Kishida agreed to meet Biden.",
                "Kishida is due to meet Biden.", "Kishida will visit the United States.",
                "Kishida has accepted an invitation to visit the United States.")) {
            var d = EnglishFixture.annotate(s, LocalDate.of(2023, 7, 12));
            assertEquals(1, d.get(org.hilf.annotate.Keys.EVENTS).size(), s);
            assertEquals(true, d.get(org.hilf.annotate.Keys.EVENTS).get(0).planned(), s);
        }
    }

    @Test
    void aVerbCoordinatedWithAPlannedOneIsPlanned() {
        var d = EnglishFixture.annotate("On Tuesday, Macron is scheduled to address both chambers of the Moroccan parliament and meet Prime Minister "
                + "Aziz Akhannouch.", LocalDate.of(2024, 10, 28));
        assertEquals(true, !d.get(org.hilf.annotate.Keys.EVENTS).isEmpty() && d.get(org.hilf.annotate.Keys.EVENTS).stream().allMatch(e -> e.planned()));
        var past = EnglishFixture.annotate("Macron addressed both chambers of the Moroccan parliament on Tuesday and met Prime Minister "
                + "Aziz Akhannouch.", LocalDate.of(2024, 10, 28));
        assertEquals(false, past.get(org.hilf.annotate.Keys.EVENTS).stream().anyMatch(e -> e.planned()));
    }

    @Test
    void aSubjectAfterAFrontedAdverbialMeetsThroughThePlanningWords() {
        // the comma of "During the visit," sets the subject off; "will" and "is expected to" stand between it and its verb
        for (String s : List.of("During the visit, Wang Yi will meet Prime Minister Abiy Ahmed.",
                "During the trip, Blinken is expected to also meet President William Ruto.")) {
            var d = EnglishFixture.annotate(s, LocalDate.of(2024, 5, 19));
            assertEquals(1, d.get(org.hilf.annotate.Keys.EVENTS).size(), s);
            assertEquals(4, d.get(org.hilf.annotate.Keys.EVENTS).get(0).participants().size(), s);
            assertEquals(true, d.get(org.hilf.annotate.Keys.EVENTS).get(0).planned(), s);
        }
    }

    @Test
    void theNextDayIsAPastTimeNotAPlan() {
        var d = EnglishFixture.annotate("Blinken arrived in Tokyo on Monday. The next day, Blinken met Kishida.", LocalDate.of(2023, 7, 12));
        assertEquals(false, d.get(org.hilf.annotate.Keys.EVENTS).stream().anyMatch(e -> e.planned()));
    }

    @Test
    void mayTheMonthIsNoPlan() {
        // a capitalised "May" after a lower-case word is the month (or Theresa May), not the verb
        for (String s : List.of("Putin and Xi reviewed the deals of their May summit in Moscow.",
                "On the sidelines, May held talks with King Salman.")) {
            var d = EnglishFixture.annotate(s, LocalDate.of(2019, 7, 12));
            assertEquals(false, d.get(org.hilf.annotate.Keys.EVENTS).stream().anyMatch(e -> e.planned()), s);
        }
        var d = EnglishFixture.annotate("Kishida may meet Biden.", LocalDate.of(2023, 7, 12));
        assertEquals(true, d.get(org.hilf.annotate.Keys.EVENTS).get(0).planned());
    }

    @Test
    void pastEventsAreNotPlanned() {
        var d = EnglishFixture.annotate("Kishida met Biden on Tuesday.", LocalDate.of(2023, 7, 12));
        assertEquals(false, d.get(org.hilf.annotate.Keys.EVENTS).get(0).planned());
    }

    /** relative_dates.tsv "ahead": "later this week, month or year" is after the article's day, whatever the tense. */
    @Test
    void anEventLaterThisYearIsPlanned() {
        for (String s : List.of("The visit comes ahead of a trilateral summit between Egypt, Greece and Cyprus expected later this year.",
                "EU foreign ministers would discuss the outcome at an emergency meeting in Paris later this week.")) {
            var d = EnglishFixture.annotate(s, LocalDate.of(2025, 5, 5));
            assertEquals(true, !d.get(org.hilf.annotate.Keys.EVENTS).isEmpty()
                    && d.get(org.hilf.annotate.Keys.EVENTS).stream().allMatch(e -> e.planned()), s + " " + d.get(org.hilf.annotate.Keys.EVENTS));
        }
        var past = EnglishFixture.annotate("Egypt, Greece and Cyprus held a trilateral summit earlier this year.", LocalDate.of(2025, 5, 5));
        assertEquals(true, past.get(org.hilf.annotate.Keys.EVENTS).stream().noneMatch(e -> e.planned()), past.get(org.hilf.annotate.Keys.EVENTS).toString());
    }
}
