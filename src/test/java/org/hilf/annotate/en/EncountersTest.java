package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A summit word that names the encounter its sentence reported (EnglishEncounters). */
class EncountersTest {
    private static final LocalDate DAY = LocalDate.of(2023, 8, 19);
    private static final String THREE = "Summit person/fumio-kishida person/joe-biden person/yoon-suk-yeol state/JP state/KR state/US";

    private static List<String> ev(String text) { return events(annotate(text, DAY)); }

    @Test
    void aMeetingCalledASummitInAppositionIsThatSummit() {
        assertEquals(List.of(THREE), ev("Biden hosted Kishida and Yoon at Camp David on Friday, the first summit among the three leaders."));
    }

    @Test
    void theSameLeadersMeetingAgainInTheTextIsTheSummitToldAgain() {
        assertEquals(List.of(THREE), ev("Biden hosted Kishida and Yoon at Camp David on Friday, the first summit among the three leaders. "
                + "Kishida said the three leaders were meeting at a critical time."));
    }

    @Test
    void aBodysMeetingInAnotherMonthIsNotItsSummitToldAgain() {
        List<String> e = events(annotate("Secretary General Mark Rutte, hosting his first summit since taking office, said the alliance had "
                + "become stronger. Rutte had prepared the ground at a meeting of NATO foreign ministers in Antalya in May.", LocalDate.of(2025, 6, 25)));
        assertEquals(List.of("Summit org/nato person/mark-rutte", "Meeting org/nato person/mark-rutte"), e);
    }

    @Test
    void aMeetingOnTheSidelinesIsNoSummitToldAgain() {
        // the summit no body was found for gathers just the two who then met on its sidelines: still two events
        List<String> e = ev("Ethiopian Prime Minister Abiy Ahmed hosted the summit on Saturday, and U.N. Secretary-General Antonio Guterres "
                + "addressed the opening session. On the sidelines of the summit, Guterres met Abiy and discussed tensions with Eritrea.");
        assertEquals(1, e.stream().filter(x -> x.startsWith("Meeting ")).count(), e.toString());
    }

    @Test
    void aSummitOfTheTwoLeadersDuringAVisitIsTheVisit() {
        assertEquals(List.of("Visit person/fumio-kishida person/yoon-suk-yeol state/JP state/KR"),
                ev("Kishida welcomed Yoon at his residence in Tokyo on Thursday, where the two leaders held a summit."));
    }

    @Test
    void aSummitNamedAfterAMeetingWithoutAppositionIsNotIt() {
        List<String> events = ev("Biden met Kishida on Tuesday in Washington before the NATO summit.");
        assertTrue(events.contains("Meeting person/fumio-kishida person/joe-biden state/JP state/US"), events.toString());
    }

    @Test
    void itsSummitIsTheSummitOfTheOrganizationBefore() {
        assertEquals(List.of("Agreement org/asean", "Summit org/asean person/anwar-ibrahim state/MY"),
                ev("ASEAN adopted a new charter on Sunday at the close of its annual summit, hosted by Malaysian Prime Minister Anwar Ibrahim."));
    }

    @Test
    void aMeetingForTheBlocsNumberedSummitIsThatSummit() {
        assertEquals(List.of("Summit org/mercosur state/BO state/BR state/PY state/UY"),
                ev("Leaders of Brazil, Paraguay, Uruguay and Bolivia met on Monday in Asuncion for the 64th summit of Mercosur."));
    }

    @Test
    void talksThatPrepareABodysSummitAreNotThatSummit() {
        // "the alliance's summit" names NATO's own gathering, which a relative clause plans: the talks stay talks
        List<org.hilf.annotate.EventMention> e = annotate("Rutte visits Ankara ahead of NATO summit\n\nNATO Secretary-General Mark Rutte held talks with President Recep Tayyip Erdogan "
                + "in Ankara on Tuesday to review preparations for the alliance's summit, which Turkey will host in the capital in July.",
                LocalDate.of(2026, 6, 23)).get(org.hilf.annotate.Keys.EVENTS);
        assertTrue(e.stream().anyMatch(x -> !x.type().equals("Summit") && !x.planned()
                && x.participants().contains("person/mark-rutte") && x.participants().contains("person/recep-tayyip-erdogan")), e.toString());
        assertTrue(e.stream().anyMatch(x -> x.type().equals("Summit") && x.planned() && "org/nato".equals(x.organizerId())
                && !x.participants().contains("person/mark-rutte")), e.toString());
    }

    @Test
    void aSummitARelativeClauseHopedForIsNotPlanned() {
        List<org.hilf.annotate.EventMention> e = annotate("Arab leaders meeting in Baghdad on Saturday called for an end to the war, "
                + "at an annual summit that Iraq had hoped would showcase its return to regional diplomacy.",
                LocalDate.of(2025, 5, 17)).get(org.hilf.annotate.Keys.EVENTS);
        assertTrue(e.stream().filter(x -> x.type().equals("Summit")).noneMatch(org.hilf.annotate.EventMention::planned), e.toString());
    }
}
