package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** data/lexicon/en/summit_hold_verbs.txt: the states that hold a summit together take part in it. */
class HeldSummitsTest {
    private static final LocalDate DAY = LocalDate.of(2023, 5, 20);

    @Test
    void theStatesHoldingASummitTakePart() {
        AnnotatedArticle d = annotate("The leaders of Japan, the United States, India and Australia also used the occasion "
                + "to hold a Quad summit in Hiroshima on Saturday.", DAY);
        assertEquals(List.of("Summit org/quad state/AU state/IN state/JP state/US"), events(d));
    }

    @Test
    void anotherPhraseBetweenTheVerbAndTheSummitHoldsNothing() {
        AnnotatedArticle d = annotate("Japan and India held talks with Australia at the Quad summit in Hiroshima on Saturday.", DAY);
        assertEquals(0, events(d).stream().filter(e -> e.startsWith("Summit") && e.contains("state/JP")).count(), events(d).toString());
    }

    @Test
    void theLeadersTheArticleNamesAreThoseOfTheirStates() {
        AnnotatedArticle d = annotate("Japanese Prime Minister Fumio Kishida met U.S. President Joe Biden, Indian Prime Minister Narendra Modi "
                + "and Australian Prime Minister Anthony Albanese on Saturday. The leaders of Japan, the United States, India and Australia "
                + "also used the occasion to hold a Quad summit in Hiroshima.", DAY);
        assertEquals(1, events(d).stream().filter(e -> e.equals("Summit org/quad person/anthony-albanese person/fumio-kishida "
                + "person/joe-biden person/narendra-modi state/AU state/IN state/JP state/US")).count(), events(d).toString());
    }
}
