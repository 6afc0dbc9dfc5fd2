package org.hilf.annotate.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.junit.jupiter.api.Test;

/** EventMerger on hand-made events: what one encounter is, and what the caller keeps apart. */
class EventMergerTest {
    private static EventMention meeting(int sentence, String... participants) {
        Sentence s = new Sentence(sentence, sentence * 100, sentence * 100 + 90);
        return new EventMention("Meeting", s, new Span(s.start(), s.start() + 5), Set.of(participants), null, null, null,
                null, null, null, false, List.of(), List.of());
    }

    @Test
    void aMeetingWhoseActorsAreAllInAnEarlierOneIsThatMeetingUnlessTheCallerSaysApart() {
        EventMention session = meeting(1, "org/oic", "state/IR", "state/EG", "person/abbas-araghchi", "person/badr-abdelatty");
        EventMention sideline = meeting(4, "state/IR", "state/EG", "person/abbas-araghchi", "person/badr-abdelatty");
        assertEquals(1, EventMerger.merge(List.of(session, sideline)).size());
        assertEquals(2, EventMerger.mergeUnless(List.of(session, sideline), (a, b) -> a.participants().contains("org/oic")
                && !b.participants().contains("org/oic")).size());
    }
}
