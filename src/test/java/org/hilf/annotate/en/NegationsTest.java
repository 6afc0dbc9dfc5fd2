package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** data/lexicon/en/negations.txt: literal examples of words that deny an event. */
class NegationsTest {
    /** Each sentence, read as an article of {@code day}, reports no event. */
    private static void noEvents(LocalDate day, String... sentences) {
        for (String s : sentences) {
            assertEquals(List.of(), EnglishFixture.events(EnglishFixture.annotate(s, day)), s);
        }
    }

    @Test
    void deniedEventsAreNoEvents() {
        noEvents(LocalDate.of(2023, 7, 12), "Kishida never met Biden.", "Kishida didn't meet Biden.", "Kishida refused to meet Biden.",
                "Kishida failed to sign a deal with Biden.", "Kishida won't visit the United States.",
                "Kishida postponed talks with Biden.", "Kishida called off talks with Biden.",
                "Kishida declined an invitation to visit the United States.", "Kishida turned down an invitation to visit the United States.",
                "Kishida declined his invitation to visit the United States.",
                "Kishida put off a rare visit to the United States.", "Kishida is putting off talks with Biden.");
    }

    @Test
    void aLongNegationMayBeginFurtherBackWhenItEndsCloseToTheEventWord() {
        noEvents(LocalDate.of(2025, 3, 12), "The East African Community has so far not set a date for a follow-up meeting of its heads of state.",
                "Japan, South Korea, Australia and New Zealand have not been invited to this meeting of NATO leaders.");
        // a one-word negation still has to stand within the four words before the event word
        assertEquals(1, EnglishFixture.events(EnglishFixture.annotate("Japan, which has no seat in the group, met South Korea in Tokyo on Monday.",
                LocalDate.of(2025, 3, 12))).size());
    }

    @Test
    void whatWouldHaveBeenDidNotHappen() {
        noEvents(LocalDate.of(2023, 2, 4), "It would have been the highest-level US visit to China since Biden took office.",
                "It would have been the first visit by a Japanese prime minister to Seoul in 12 years.");
        // an obligation is no counterfactual: "would have to" plans the meeting
        assertEquals(1, EnglishFixture.events(EnglishFixture.annotate("Kishida said Japan and South Korea would have to meet again soon.",
                LocalDate.of(2023, 2, 4))).size());
    }
}
