package org.hilf.annotate.frame;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.junit.jupiter.api.Test;

/** PriorEvents on hand-made events: which gathering a word for all who took part ("the leaders") still stands for. */
class PriorEventsTest {
    private static EventMention event(String type, int sentence, String organizer, String... participants) {
        Sentence s = new Sentence(sentence, sentence * 100, sentence * 100 + 90);
        return new EventMention(type, s, new Span(s.start(), s.start() + 5), Set.of(participants), null, null, null,
                organizer, null, null, false, List.of(), List.of());
    }

    @Test
    void aLaterLineOnTheBodysSummitLeavesItTheGathering() {
        // the League's summit, then a line on it that names its new secretary general and no organizer,
        // then "the leaders adopted a declaration": still the League's summit
        EventMention summit = event("Summit", 1, "org/arab-league", "org/arab-league", "state/SD", "state/YE", "state/KW");
        EventMention recalled = event("Summit", 5, null, "person/ahmed-aboul-gheit", "org/arab-league");
        assertTrue(PriorEvents.gatheringIsLatest(List.of(summit, recalled)));
        // a meeting of two on its sidelines is what "the leaders" stands for next, not the summit
        EventMention sideline = event("Meeting", 6, null, "person/abdrabbuh-mansur-hadi", "state/YE", "person/adel-al-jubeir", "state/SA");
        assertFalse(PriorEvents.gatheringIsLatest(List.of(summit, recalled, sideline)));
        // another body's summit of two sides is no line on this one
        assertFalse(PriorEvents.gatheringIsLatest(List.of(summit, event("Summit", 7, null, "org/au", "state/ET"))));
    }

    @Test
    void theSummitAMeetingIsDatedByIsNotWhatTheTwoSidesMean() {
        // "X and Y met on the day the G20 summit closed, and the two sides signed a pact on energy": the talks
        EventMention talks = event("Meeting", 3, null, "person/mohammed-bin-salman", "state/SA", "person/narendra-modi", "state/IN");
        EventMention summit = event("Summit", 3, "org/g20", "org/g20", "state/IN");
        org.junit.jupiter.api.Assertions.assertSame(talks, PriorEvents.previous(List.of(talks, summit)));
        // a visit made for the summit is not its setting's encounter: the summit stays the latest
        EventMention travel = event("Visit", 3, null, "person/william-ruto", "state/KE", "state/ET");
        org.junit.jupiter.api.Assertions.assertSame(summit, PriorEvents.previous(List.of(travel, summit)));
    }
}
