package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.DateMention;
import org.junit.jupiter.api.Test;

/** data/lexicon/en/months.tsv, weekdays.tsv and relative_dates.tsv, on literal examples. */
class EnglishDatesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2023, 7, 12); // a Wednesday
    private final EnglishDates dates = new EnglishDates();

    private DateMention one(String text, LocalDate anchor) {
        List<DateMention> found = dates.find(text, 0, text.length(), anchor);
        assertEquals(1, found.size(), text + " → " + found);
        return found.get(0);
    }

    @Test
    void months() {
        assertEquals(LocalDate.of(2023, 7, 11), one("They met on July 11.", ANCHOR).start());
        assertEquals(LocalDate.of(2023, 7, 11), one("They met on 11 July 2023.", ANCHOR).start());
        assertEquals(LocalDate.of(2022, 1, 5), one("They met on Jan. 5, 2022.", ANCHOR).start());
        assertEquals(LocalDate.of(2022, 6, 28), one("held from June 28 to 30, 2022", ANCHOR).start());
        assertEquals(DateMention.Granularity.MONTH, one("in September 2023", ANCHOR).granularity());
        assertEquals(2022, one("Japan joined in 2022.", ANCHOR).year());
        assertEquals(LocalDate.of(2022, 7, 1), one("the summit last July", ANCHOR).start());
    }

    @Test
    void weekdaysAreTheLatestSuchDayUpToTheArticle() {
        assertEquals(LocalDate.of(2023, 7, 11), one("Kishida arrived on Tuesday.", ANCHOR).start());
        assertEquals(LocalDate.of(2023, 7, 12), one("They meet on Wednesday.", ANCHOR).start());
    }

    @Test
    void relativeDates() {
        assertEquals(LocalDate.of(2023, 7, 11), one("They met yesterday.", ANCHOR).start());
        assertEquals(LocalDate.of(2023, 7, 11), one("They had met the day before.", ANCHOR).start());
        assertEquals(LocalDate.of(2023, 8, 1), one("He will visit next month.", ANCHOR).start());
        assertEquals(LocalDate.of(2023, 7, 3), one("They met last week.", ANCHOR).start());
        assertEquals(2023, one("It was agreed earlier this year.", ANCHOR).year());
        assertEquals(LocalDate.of(2023, 7, 31), one("The summit is later this month.", ANCHOR).end());
    }

    @Test
    void aMonthWithTheYearNamedRelatively() {
        // one date, not "in September" of the article's year and "last year" apart
        assertEquals(LocalDate.of(2022, 9, 1), one("Abe visited India in September last year.", ANCHOR).start());
        assertEquals(LocalDate.of(2024, 3, 1), one("The next summit is due in March next year.", ANCHOR).start());
        assertEquals(LocalDate.of(2023, 2, 1), one("They met in February this year.", ANCHOR).start());
    }

    @Test
    void withoutAnAnchorRelativeDatesStayWords() {
        DateMention d = one("They met last week.", null);
        assertFalse(d.resolved());
        assertEquals("last week", d.text());
    }

    @Test
    void mayTheVerbIsNoMonth() {
        assertEquals(List.of(), dates.find("They may meet again.", 0, 19, ANCHOR));
        // "by May", "of May" may name Theresa May
        String s = "The deal was signed by May and Abe.";
        assertEquals(List.of(), dates.find(s, 0, s.length(), ANCHOR));
    }

    @Test
    void mayAfterAPrepositionOfTimeIsTheMonth() {
        assertEquals(LocalDate.of(2023, 5, 1), one("The two leaders held a summit in Moscow in May.", ANCHOR).start());
        assertEquals(LocalDate.of(2023, 5, 31), one("Talks have stalled since May.", ANCHOR).end());
    }

    @Test
    void aRangeIsReadAloneWithTheOffsetsOfTheText() {
        // the range begins inside "xJULY": nothing before it counts, as with a matcher's region
        String text = "xJULY 11, 2023 and MID JULY. Met 12 july then IN 2022";
        List<DateMention> found = dates.find(text, 1, text.length(), ANCHOR);
        assertEquals(List.of("JULY 11, 2023@1", "MID JULY@19", "12 july@33", "2022@49"),
                found.stream().map(d -> d.text() + "@" + d.span().start()).toList());
        assertEquals(List.of("2023@10", "MID JULY@19", "12 july@33", "2022@49"),
                dates.find(text, 0, text.length(), ANCHOR).stream().map(d -> d.text() + "@" + d.span().start()).toList());
    }
}
