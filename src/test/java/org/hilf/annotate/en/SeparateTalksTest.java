package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * One encounter reported twice is one event; "separate talks" are their own (data/lexicon/en/apart_markers.txt);
 * "Australia's Penny Wong" is one actor phrase.
 */
class SeparateTalksTest {
    private static final LocalDate DAY = LocalDate.of(2025, 1, 22);

    @Test
    void theMeetingReportedTwiceAndTheSeparateTalks() {
        var d = EnglishFixture.annotate("U.S. Secretary of State Marco Rubio hosted his counterparts from Australia, India and Japan on Tuesday "
                + "for a meeting of Quad foreign ministers. Rubio, Australia's Penny Wong, India's Subrahmanyam Jaishankar and Japan's "
                + "Takeshi Iwaya met for about an hour at the State Department. Rubio later held separate talks with Jaishankar.", DAY);
        List<String> events = EnglishFixture.events(d);
        assertEquals(2, events.size(), events.toString());
        assertTrue(events.get(0).contains("person/penny-wong") && events.get(0).contains("person/takeshi-iwaya"), events.toString());
        assertEquals("Meeting person/marco-rubio person/s-jaishankar state/IN state/US", events.get(1));
    }

    @Test
    void attendeesOfASessionJoinTheSummitNotTheSeparateTalks() {
        var d = EnglishFixture.annotate("Japanese Prime Minister Fumio Kishida attended the NATO summit in Vilnius on Wednesday. "
                + "South Korean President Yoon Suk Yeol took part in a session with allied leaders on Wednesday, while "
                + "Australian Prime Minister Anthony Albanese held separate talks with Jens Stoltenberg.", LocalDate.of(2023, 7, 12));
        List<String> events = EnglishFixture.events(d);
        assertTrue(events.stream().anyMatch(e -> e.startsWith("Summit") && e.contains("person/yoon-suk-yeol")), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.startsWith("Meeting") && !e.contains("person/yoon-suk-yeol")
                && e.contains("person/anthony-albanese")), events.toString());
    }
}
