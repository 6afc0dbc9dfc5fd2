package org.hilf.annotate.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.hilf.annotate.EventMention;
import org.hilf.annotate.Sentence;
import org.hilf.annotate.Span;
import org.junit.jupiter.api.Test;

/** HeadlineEvents on hand-made summits: a headline of 40 characters, then the body. */
class HeadlineEventsTest {
    private static final int HEADLINE_END = 40;

    private static EventMention summit(int sentence, String organizer, String... participants) {
        return event("Summit", sentence, organizer, participants);
    }

    private static EventMention event(String type, int sentence, String organizer, String... participants) {
        Sentence s = sentence == 0 ? new Sentence(0, 0, HEADLINE_END) : new Sentence(sentence, sentence * 100, sentence * 100 + 90);
        return new EventMention(type, s, new Span(s.start(), s.start() + 4), Set.of(participants), null, null, null,
                organizer, null, null, false, List.of(), List.of());
    }

    @Test
    void theHeadlinesSummitOfABodyIsTheBodysOnlySummitThatNamesNone() {
        // "قمة إيكواس في أبوجا …" over "وانعقدت القمة … وترأس الاجتماع رئيس سيراليون …"
        List<EventMention> out = HeadlineEvents.intoBody(List.of(summit(0, "org/ecowas", "org/ecowas"),
                summit(2, null, "person/julius-maada-bio", "state/SL")), HEADLINE_END);
        assertEquals(1, out.size(), out.toString());
        assertEquals("org/ecowas", out.get(0).organizerId());
        assertTrue(out.get(0).participants().containsAll(List.of("org/ecowas", "person/julius-maada-bio", "state/SL")), out.toString());
    }

    @Test
    void withTwoSummitsThatNameNoneTheHeadlinesStaysApart() {
        List<EventMention> out = HeadlineEvents.intoBody(List.of(summit(0, "org/ecowas", "org/ecowas"),
                summit(2, null, "person/julius-maada-bio", "state/SL"), summit(5, null, "person/bola-tinubu", "state/NG")), HEADLINE_END);
        assertEquals(3, out.size(), out.toString());
    }

    @Test
    void aHeadlineAdoptionOfOneBodyIsTheBodysOneAdoptionOfIt() {
        // "القمة العربية … تختتم أعمالها باعتماد إعلان البحرين" over "واعتمد القادة العرب إعلان البحرين"
        List<EventMention> out = HeadlineEvents.intoBody(List.of(event("Agreement", 0, null, "org/arab-league"),
                event("Agreement", 3, null, "org/arab-league")), HEADLINE_END);
        assertEquals(1, out.size(), out.toString());
        assertEquals(3, out.get(0).sentence().index());
    }

    @Test
    void aHeadlineEventOfOneActorStaysWhenTheBodyHasTwoOfItsKindWithThatActor() {
        // "اجتماع منظمة الأمن والتعاون" over this year's ministerial meeting and the previous one
        List<EventMention> out = HeadlineEvents.intoBody(List.of(event("Meeting", 0, null, "org/osce"),
                event("Meeting", 2, null, "org/osce", "state/RU"), event("Meeting", 6, null, "org/osce")), HEADLINE_END);
        assertEquals(3, out.size(), out.toString());
        assertTrue(HeadlineEvents.intoBody(List.of(event("Meeting", 0, null, "org/osce"), event("Agreement", 2, null, "org/osce")),
                HEADLINE_END).size() == 2, "a headline's one actor joins only an event of its own type");
    }
}
