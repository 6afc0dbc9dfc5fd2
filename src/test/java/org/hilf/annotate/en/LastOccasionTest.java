package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.EventMention;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/** EnglishClause.lastOccasion: "last met in December" is the December before the article, not the next. */
class LastOccasionTest {
    private static final LocalDate DAY = LocalDate.of(2024, 2, 14);

    @Test
    void lastMetInAMonthStillToComeIsLastYears() {
        assertLastYears("Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida last met in December in Tokyo.");
    }

    @Test
    void aSummitOnWhoseSidelinesTheyMetHadMet() {
        AnnotatedArticle d = annotate("The two leaders first met on the sidelines of the G20 summit in New Delhi in September.", DAY);
        EventMention summit = d.get(Keys.EVENTS).stream().filter(e -> e.type().equals("Summit")).findFirst().orElseThrow();
        assertEquals(2023, summit.date().start().getYear());
        assertFalse(summit.planned());
    }

    /** The first event of {@code text} is dated the year before the article's and is not planned. */
    private static void assertLastYears(String text) {
        EventMention e = annotate(text, DAY).get(Keys.EVENTS).get(0);
        assertEquals(2023, e.date().start().getYear());
        assertFalse(e.planned());
    }

    @Test
    void withoutLastTheMonthStaysThisYears() {
        AnnotatedArticle d = annotate("Indian Prime Minister Narendra Modi will meet Japanese Prime Minister Fumio Kishida in December in Tokyo.", DAY);
        assertEquals(2024, d.get(Keys.EVENTS).get(0).date().start().getYear());
    }

    @Test
    void aPastVerbBeforeTheMonthMakesItLastYears() {
        // data/lexicon/en/past_event_verbs.txt: the trigger itself, or a verb between the trigger and the month
        assertLastYears("Ethiopia and Somalia signed a declaration in Ankara in December to end their dispute.");
    }
}
