package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/** "the next summit", "another summit", "the 2026 summit": the bloc's own, dated by the year that names it. */
class NextSummitTest {
    private static final LocalDate DAY = LocalDate.of(2024, 12, 7);

    @Test
    void theNextSummitIsTheSameBlocs() {
        AnnotatedArticle d = annotate("The Mercosur summit opened in Montevideo on Friday. Paraguay will host the next summit in Asuncion.", DAY);
        assertEquals(List.of("Summit org/mercosur", "Summit org/mercosur state/PY planned"), events(d));
    }

    @Test
    void aYearBeforeTheSummitDatesIt() {
        AnnotatedArticle d = annotate("G20 leaders wrapped up their summit in Rio de Janeiro on Tuesday. "
                + "South Africa will host the 2025 summit in Johannesburg in November.", LocalDate.of(2024, 11, 19));
        assertEquals(2025, d.get(Keys.EVENTS).get(1).date().start().getYear());
        assertEquals("Summit org/g20 state/ZA planned", EnglishFixture.describe(d.get(Keys.EVENTS).get(1)));
    }

    @Test
    void aSummitOfNoNamedBlocStaysUnnamed() {
        AnnotatedArticle d = annotate("Chile will host the next summit in Santiago.", DAY);
        assertEquals(List.of(), d.get(Keys.EVENTS).stream().filter(e -> e.organizerId() != null).toList());
    }

    @Test
    void aBodysSummitAtAPlaceStillToComeIsPlanned() {
        // SummitResolver: no summit of the G20 was held in Rio before February 2024; the reference list's next one is in November
        AnnotatedArticle d = annotate("The trip comes ahead of the G20 summit in Rio de Janeiro.", LocalDate.of(2024, 2, 15));
        assertEquals(List.of("Summit org/g20 planned"), events(d));
        assertEquals(11, d.get(Keys.EVENTS).get(0).date().start().getMonthValue());
        // the summit the article reports held keeps its place and modality
        AnnotatedArticle held = annotate("G20 leaders wrapped up their summit in Rio de Janeiro on Tuesday.", LocalDate.of(2024, 11, 19));
        assertEquals(List.of("Summit org/g20"), events(held));
    }
}
