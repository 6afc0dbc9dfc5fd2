package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** frames.tsv, welcome-leaders: who welcomes the leaders to a summit hosts it, and takes part. */
class WelcomedLeadersTest {
    private static final LocalDate DAY = LocalDate.of(2025, 9, 1);

    @Test
    void theHostWhoWelcomesTheLeadersIsAtTheSummit() {
        AnnotatedArticle d = annotate("Chinese President Xi Jinping welcomed more than 20 leaders to Tianjin on Monday for the SCO summit.", DAY);
        assertEquals(1, events(d).size());
        assertTrue(events(d).get(0).contains("person/xi-jinping") && events(d).get(0).contains("state/CN"), events(d).toString());
    }

    @Test
    void welcomingOneLeaderIsStillAReception() {
        AnnotatedArticle d = annotate("Chinese President Xi Jinping welcomed Russian President Vladimir Putin in Beijing on Monday.", DAY);
        assertEquals(List.of("Visit person/vladimir-putin person/xi-jinping state/CN state/RU"), events(d));
    }
}
