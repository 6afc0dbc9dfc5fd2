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

    private static List<String> events(String text, LocalDate day) { return EnglishFixture.events(EnglishFixture.annotate(text, day)); }

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
    void meetingSeparatelyWithTwoPeopleIsAMeetingWithEach() {
        // EnglishBilaterals.alsoWith: "separately with X and Y" in one phrase
        var d = EnglishFixture.annotate("SCO summit opens\n\nLeaders of the Shanghai Cooperation Organisation opened their summit on Tuesday.\n\n"
                + "On the sidelines of the summit, Chinese President Xi Jinping also met separately with Uzbek President Shavkat Mirziyoyev "
                + "and Kyrgyz President Sadyr Japarov.", LocalDate.of(2025, 6, 17));
        List<String> meetings = EnglishFixture.events(d).stream().filter(e -> e.startsWith("Meeting")).toList();
        assertEquals(List.of("Meeting person/shavkat-mirziyoyev person/xi-jinping state/CN state/UZ",
                "Meeting person/sadyr-japarov person/xi-jinping state/CN state/KG"), meetings);
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

    @Test
    void separateTalksWithEachOfTwoAreTwoMeetings() {
        List<String> e = events("Modi also held separate talks with Albanese and with Canadian Prime Minister "
                + "Mark Carney on Saturday. Indian Prime Minister Narendra Modi arrived in Johannesburg on Friday. Australian Prime Minister "
                + "Anthony Albanese spoke.", DAY);
        assertTrue(e.contains("Meeting person/mark-carney person/narendra-modi state/CA state/IN"), e.toString());
        assertTrue(e.stream().noneMatch(x -> x.contains("person/mark-carney") && x.contains("person/anthony-albanese")), e.toString());
    }

    @Test
    void talksWithMarcosAndSeparatelyWithAnwarAreTwoMeetings() {
        List<String> e = events("Saudi Crown Prince Mohammed bin Salman held bilateral talks with Philippine "
                + "President Ferdinand Marcos Jr. and, separately, with Malaysian Prime Minister Anwar Ibrahim.", LocalDate.of(2023, 10, 21));
        assertEquals(List.of("Meeting person/ferdinand-marcos-jr person/mohammed-bin-salman state/PH state/SA",
                "Meeting person/anwar-ibrahim person/mohammed-bin-salman state/MY state/SA"), e);
    }

    @Test
    void separateBilateralTalksBeforeTheNounAreAMeetingWithEach() {
        // the marker stands before the trigger's noun ("separate bilateral talks"); two people on either side
        List<String> e = events("South Korean President Yoon Suk Yeol held separate bilateral talks "
                + "with Chinese Premier Li Qiang and Japanese Prime Minister Fumio Kishida at the presidential office on Sunday.", LocalDate.of(2024, 5, 26));
        assertEquals(List.of("Meeting person/li-qiang person/yoon-suk-yeol state/CN state/KR",
                "Meeting person/fumio-kishida person/yoon-suk-yeol state/JP state/KR"), e);
        e = events("European Commission President Ursula von der Leyen and European Council President "
                + "Antonio Costa held separate bilateral meetings with Uzbek President Shavkat Mirziyoyev on Thursday.", LocalDate.of(2025, 4, 3));
        assertEquals(2, e.size(), e.toString());
        assertTrue(e.get(0).contains("person/ursula-von-der-leyen") && !e.get(0).contains("person/antonio-costa"), e.toString());
        assertTrue(e.get(1).contains("person/antonio-costa") && e.get(1).contains("person/shavkat-mirziyoyev"), e.toString());
    }

    @Test
    void aSeparateMeetingWithTwoIsOneMeeting() {
        // "a separate meeting": one more encounter, of all three
        List<String> e = events("Chinese Foreign Minister Wang Yi held a separate meeting with his Thai "
                + "and Cambodian counterparts, Maris Sangiampongsa and Prak Sokhonn, on Thursday.", LocalDate.of(2025, 8, 14));
        assertEquals(1, e.size(), e.toString());
    }

    @Test
    void talksWithTwoAtOnceAreOneMeeting() {
        List<String> e = events("Indian Prime Minister Narendra Modi held talks with Chinese President "
                + "Xi Jinping and with Russian President Vladimir Putin on Monday.", DAY);
        assertEquals(1, e.size(), e.toString());
    }

    @Test
    void aCommaBeforeAndAfterOneSideBeginsAnotherClause() {
        // a list of two takes no comma: "Ramaphosa, and Li met Prabowo" is two meetings, not Li at Modi's
        var d = EnglishFixture.annotate("On the margins of the summit, Indian Prime Minister Narendra Modi held a bilateral meeting with South African "
                + "President Cyril Ramaphosa, and Chinese Premier Li Qiang met Indonesian President Prabowo Subianto.", LocalDate.of(2025, 7, 7));
        assertEquals(List.of("Meeting person/cyril-ramaphosa person/narendra-modi state/IN state/ZA",
                "Meeting person/li-qiang person/prabowo-subianto state/CN state/ID"), EnglishFixture.events(d));
    }

    @Test
    void aRelativeClauseForTheSummitIsNoPurposeOfTheMeeting() {
        // EnglishEncounters.purposeOf: "who are also in Tianjin for the summit" says why they are there, not what the talks were
        List<String> e = events("SCO summit opens\n\nLeaders of the Shanghai Cooperation Organisation opened their summit in Tianjin on Sunday.\n\n"
                + "Later on Sunday, Chinese President Xi Jinping met separately with Malaysian Prime Minister Anwar Ibrahim and Nepali Prime "
                + "Minister K.P. Sharma Oli, who are also in Tianjin for the summit.", LocalDate.of(2025, 8, 31));
        assertEquals(List.of("Summit org/sco", "Meeting person/anwar-ibrahim person/xi-jinping state/CN state/MY",
                "Meeting person/kp-sharma-oli person/xi-jinping state/CN state/NP"), e);
    }

    @Test
    void aSideMeetingJoinsTheSummitBeforeItNotALaterPreviousOne() {
        // EnglishEventRules.sidelineParticipants: "the summit" is the one just reported, its body not yet resolved, not "the previous summit"
        var d = EnglishFixture.annotateTitled("IGAD leaders back new timetable for South Sudan transition at Addis Ababa summit",
                "ADDIS ABABA, Ethiopia — Heads of state and government of the Intergovernmental Authority on Development (IGAD) on "
                + "Saturday endorsed a revised roadmap for South Sudan's transitional period, at an extraordinary summit held in the Ethiopian capital.\n\n"
                + "The summit, chaired by Djibouti's President Ismail Omar Guelleh, who holds the rotating chairmanship of the regional bloc, "
                + "was convened amid fears of new clashes.\n\n"
                + "On the margins of the summit, Kenyan President William Ruto and Ugandan President Yoweri Museveni held a closed-door meeting.\n\n"
                + "The previous ordinary summit of IGAD, held in Djibouti in 2024, had also called for the release of detainees.", LocalDate.of(2026, 2, 28));
        List<String> earlier = d.get(org.hilf.annotate.Keys.EVENTS).stream().filter(e -> e.date() != null && e.date().start().getYear() == 2024)
                .map(EnglishFixture::describe).toList();
        assertEquals(List.of("Summit org/igad"), earlier, EnglishFixture.events(d).toString());
    }
}
