package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** A trip to several states is one visit to each; a sentence's fronted adverbial does not swallow its subject (EnglishPhraseBounds). */
class TravelListsTest {
    private static final LocalDate DAY = LocalDate.of(2023, 1, 23);

    @Test
    void aTripToAListOfStatesIsOneVisitEach() {
        AnnotatedArticle d = annotate("Russian Foreign Minister Sergey Lavrov will travel to Eswatini, Angola and Eritrea.", DAY);
        assertEquals(List.of("Visit person/sergey-lavrov state/RU state/SZ planned", "Visit person/sergey-lavrov state/AO state/RU planned",
                "Visit person/sergey-lavrov state/ER state/RU planned"), events(d));
    }

    @Test
    void twoStatesAfterTravelledToAreTwoVisits() {
        AnnotatedArticle d = annotate("Russian Foreign Minister Sergey Lavrov travelled to Japan and South Korea on Monday.", DAY);
        assertEquals(List.of("Visit person/sergey-lavrov state/JP state/RU", "Visit person/sergey-lavrov state/KR state/RU"), events(d));
    }

    @Test
    void aFrontedPlaceIsNotTheTravellersCompanion() {
        AnnotatedArticle d = annotate("From South Africa, Russian Foreign Minister Sergey Lavrov will travel to Angola.", DAY);
        assertEquals(List.of("Visit person/sergey-lavrov state/AO state/RU planned"), events(d));
    }

    @Test
    void aCityAndTheStateThatSpeaksAfterItsCommaStayApart() {
        AnnotatedArticle d = annotate("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow, China's foreign ministry said.", DAY);
        assertEquals(List.of("Meeting person/vladimir-putin person/xi-jinping state/CN state/RU"), events(d));
    }

    @Test
    void theStopsATourWillTakeHimToArePlanned() {
        AnnotatedArticle d = annotate("Chinese Foreign Minister Wang Yi arrived in Addis Ababa on Monday for an official visit to Ethiopia, "
                + "the first stop of a four-nation African tour that will also take him to Tanzania and Togo.", DAY);
        assertEquals(List.of("Visit person/wang-yi state/CN state/ET", "Visit person/wang-yi state/CN state/TZ planned",
                "Visit person/wang-yi state/CN state/TG planned"), events(d));
    }

    @Test
    void leavingForAPlaceIsATripThere() {
        // frames.tsv arrive: "leave for", "left for", "departed for"
        assertEquals(List.of("Visit person/sergey-lavrov state/AO state/RU planned"),
                events(annotate("Russian Foreign Minister Sergey Lavrov is scheduled to leave for Angola on Thursday.", DAY)));
        assertEquals(List.of("Visit person/sergey-lavrov state/AO state/RU"),
                events(annotate("Russian Foreign Minister Sergey Lavrov left for Luanda on Monday.", DAY)));
    }
}
