package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * data/lexicon/en/frames.tsv with planned_markers.txt, negations.txt, remote_markers.txt,
 * sideline_markers.txt, clause_stops.txt, prepositions.txt, title_words.txt, group_anaphors.txt
 * and summit_names.tsv, on literal examples.
 */
class FramesTsvTest {
    private static final LocalDate DAY = LocalDate.of(2024, 4, 10);

    private static List<String> ev(String text) { return events(annotate(text, DAY)); }

    @Test
    void meetingsAndTalks() {
        assertEquals(List.of("Meeting person/antony-blinken person/wang-yi state/CN state/US"),
                ev("U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on Tuesday."));
        assertEquals(List.of("Meeting state/JP state/PH"), ev("Japan held talks with the Philippines on Monday."));
        assertEquals(List.of("Meeting state/IN state/JP"), ev("Japan and India held a bilateral meeting in Delhi."));
        assertEquals(List.of("Meeting state/JP state/KR"), ev("The talks between Japan and South Korea lasted an hour."));
        assertEquals(List.of("Meeting person/fumio-kishida person/joe-biden state/JP state/US"),
                ev("Kishida and Biden held a joint press conference at the White House."));
    }

    @Test
    void visitsReceptionsAndArrivals() {
        assertEquals(List.of("Visit person/fumio-kishida state/JP state/US"), ev("Prime Minister Fumio Kishida visited the United States."));
        assertEquals(List.of("Visit person/fumio-kishida state/JP state/SA"), ev("Kishida arrived in Riyadh on Sunday."));
        assertEquals(List.of("Visit person/fumio-kishida person/joe-biden state/JP state/US"),
                ev("President Joe Biden welcomed Prime Minister Fumio Kishida at the White House."));
        assertEquals(List.of("Visit person/fumio-kishida person/joe-biden state/JP state/US"),
                ev("President Joe Biden greeted Prime Minister Fumio Kishida at the White House."));
        assertEquals(List.of("Visit person/fumio-kishida state/JP state/US"), ev("Kishida's state visit to Washington began on Monday."));
        // visit-ing: a participle clause of the subject's, one visit to each place; "the visiting X" is no visit of the subject's
        assertEquals(List.of("Visit person/john-mahama state/GH state/ML", "Visit person/john-mahama state/BF state/GH"),
                ev("Ghana's President John Dramani Mahama toured the Sahel in March, visiting Bamako and Ouagadougou."));
        assertEquals(List.of("Meeting person/bola-tinubu person/fumio-kishida state/JP state/NG"),
                ev("The visiting Japanese Prime Minister Fumio Kishida met President Bola Tinubu on Friday."));
    }

    @Test
    void summitsByNameAndAttendance() {
        assertEquals(List.of("Summit org/nato person/fumio-kishida state/JP"), ev("Kishida attended the NATO summit in Vilnius."));
        assertEquals(List.of("Summit org/arab-league state/IQ"), ev("Iraq hosted an Arab summit on Saturday."));
        // office_returns.txt: "returned to office" attends nothing; "returned … for the summit" does
        assertEquals(List.of("Summit org/nato person/fumio-kishida state/JP"), ev("Kishida attended the NATO summit in Vilnius, "
                + "the first since President Joe Biden returned to office."));
        assertEquals(List.of("Summit org/nato person/fumio-kishida person/jens-stoltenberg state/JP"), ev("NATO Secretary General "
                + "Jens Stoltenberg opened the NATO summit in Vilnius. Kishida returned on Tuesday for the summit."));
        // host-join: the host's guests attend too
        assertEquals(List.of("Summit org/quad person/joe-biden person/narendra-modi person/scott-morrison person/yoshihide-suga "
                + "state/AU state/IN state/JP state/US planned"), events(annotate("Biden will host Morrison, Indian Prime Minister Narendra "
                + "Modi and Japanese Prime Minister Yoshihide Suga at the White House next week for the first in-person summit of the Quad.",
                LocalDate.of(2021, 9, 14))));
    }

    @Test
    void aMealAHostGivesIsAMeetingWithTheGuestsHeNames() {
        // host-meal: the guests named; host-meal-join: a meal for "the leaders" of a summit, its host attends it
        assertEquals(List.of("Meeting person/naruhito person/xi-jinping state/CN state/JP"),
                ev("Emperor Naruhito hosted a state banquet for Chinese President Xi Jinping on Tuesday."));
        assertEquals(List.of("Summit org/g20 person/narendra-modi state/IN"), ev("Leaders of the G20 opened their summit in New Delhi "
                + "on Saturday. Indian Prime Minister Narendra Modi hosted a dinner for the leaders in the evening."));
    }

    @Test
    void agreements() {
        assertEquals(List.of("Agreement state/JP state/PH"), ev("Japan and the Philippines signed a reciprocal access agreement."));
    }

    @Test
    void anAllianceAdoptsOnItsOwn() {
        assertEquals(List.of("Agreement org/nato"), ev("NATO adopted a new strategic concept on Wednesday."));
        assertEquals(List.of("Agreement org/nato state/JP"), ev("Japan and NATO adopted a new cooperation document."));
    }

    @Test
    void plannedEvents() {
        for (String s : List.of("Kishida will meet Biden.", "Kishida is set to meet Biden.", "Kishida is expected to meet Biden.",
                "Kishida plans to meet Biden.", "Kishida is to meet Biden.", "Kishida may meet Biden next week.")) {
            assertEquals(List.of("Meeting person/fumio-kishida person/joe-biden state/JP state/US planned"), ev(s), s);
        }
    }

    @Test
    void deniedEventsAndCallsAreNone() {
        for (String s : List.of("Kishida did not meet Biden.", "Kishida skipped the talks with Biden.", "Kishida declined to meet Biden.",
                "Kishida has no plans to meet Biden.", "Kishida held talks by phone with Biden.", "Kishida and Biden held a video call.")) {
            assertEquals(List.of(), ev(s), s);
        }
    }

    @Test
    void onTheSidelinesAReceptionIsAMeeting() {
        assertEquals(List.of("Meeting person/joe-biden person/yoon-suk-yeol state/KR state/US"),
                ev("On the sidelines of the G7, Biden received Yoon."));
    }

    @Test
    void theTwoSidesAreThePreviousEventsActors() {
        assertEquals(List.of("Meeting state/IR state/US planned"),
                events(annotate("The United States and Iran held talks in Muscat. The two sides are expected to meet again next week.", DAY))
                        .stream().filter(e -> e.endsWith("planned")).toList());
    }
}
