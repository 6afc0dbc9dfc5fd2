package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/** A date in a clause of its own after the event's is not the event's (EnglishDates.ofClause). */
class BackgroundDatesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 7, 10);

    /** The event's year; an undated event is of the article's year, as the graph and evaluate read it. */
    private static int year(String text) {
        var date = annotate(text, DAY).get(Keys.EVENTS).get(0).date();
        return date == null ? DAY.getYear() : date.start().getYear();
    }

    @Test
    void aDateAfterACommaAndAClauseOpenerIsThatClauses() {
        assertEquals(2024, year("Japan and India held talks in Tokyo, the second such round after the first session in Delhi in April 2022."));
        assertEquals(2024, year("India and China reached a deal on border patrols, easing a standoff that began in 2020."));
        assertEquals(2024, year("Saudi Arabia and Iran held talks in Riyadh, the first such meeting since the two restored ties in 2023."));
    }

    @Test
    void aRelativeClauseWithoutACommaDatesItsOwnDeedWhenTheEventHasAnotherDate() {
        // "on Monday" dates the talks; "last year" the strain
        var date = annotate("India on Monday extended a swap line to the Maldives as Prime Minister Narendra Modi and President Mohamed Muizzu "
                + "held talks aimed at resetting ties that came under strain last year.", LocalDate.of(2024, 10, 7)).get(Keys.EVENTS).get(0).date();
        assertEquals(LocalDate.of(2024, 10, 7), date.start());
        // with no other date, the clause's is the only one there is
        assertEquals(2019, annotate("Modi and Putin held talks that ended late on 4 September 2019.", DAY).get(Keys.EVENTS).get(0).date().start().getYear());
    }

    @Test
    void aRelativeClauseAboutAPersonDatesItsOwnDeed() {
        assertEquals(2024, year("Anwar Ibrahim met Philippine President Ferdinand Marcos Jr., who will take over the ASEAN chairmanship in 2026."));
        assertEquals(false, annotate("Anwar Ibrahim met Philippine President Ferdinand Marcos Jr., who will take over the ASEAN chairmanship in 2026.", DAY)
                .get(Keys.EVENTS).get(0).planned());
    }

    @Test
    void anUndatedVisitIsNotThePastVisitToldAfterIt() {
        // EventDating.newsBeforeBackground: the first is the news, the second its background
        var events = annotate("Indian Prime Minister Narendra Modi arrived in Moscow for talks with President Vladimir Putin, the Kremlin said. "
                + "Modi had last visited Russia in 2019, for an economic forum in Vladivostok.", LocalDate.of(2024, 7, 8)).get(Keys.EVENTS);
        assertEquals(2, events.size(), events.toString());
        assertEquals(null, events.get(0).date(), events.toString());
    }

    @Test
    void aDateOfTheEventsOwnClauseStays() {
        assertEquals(2022, year("Japan and India held talks in Tokyo in April 2022, after a long pause."));
    }
}
