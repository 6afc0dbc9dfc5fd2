package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** data/lexicon/en/ministerial_words.txt and standing_bodies.txt: a gathering of ministers is a Meeting of its body. */
class MinisterialMeetingsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 7, 10);

    @Test
    void aMinistersMeetingOfABodyIsAMeeting() {
        AnnotatedArticle d = annotate("The 58th ASEAN Foreign Ministers' Meeting opened in Kuala Lumpur on Tuesday.", DAY);
        assertEquals(List.of("Meeting org/asean"), events(d));
    }

    @Test
    void theNextMinisterialConferenceIsAPlannedMeeting() {
        AnnotatedArticle d = annotate("The next FOCAC ministerial conference will be held in the Republic of Congo in 2027.", DAY);
        assertEquals(List.of("Meeting org/focac planned"), events(d));
    }

    @Test
    void aSummitStaysASummit() {
        AnnotatedArticle d = annotate("The ASEAN summit opened in Kuala Lumpur on Sunday.", DAY);
        assertEquals(List.of("Summit org/asean"), events(d));
    }

    @Test
    void aMinisterialCommitteeToBeSetUpIsNoMeeting() {
        AnnotatedArticle d = annotate("The Arab League said it would set up a joint ministerial committee to follow up the resolutions.", DAY);
        assertEquals(List.of(), events(d));
    }
}
