package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** General forms of news English that report a meeting, each with a literal example. */
class MeetingFormsTest {
    private static final LocalDate DAY = LocalDate.of(2023, 3, 16);

    @Test
    void aCounterpartNamedAfterACommaIsTheOtherSide() {
        var d = EnglishFixture.annotate("Foreign Minister Park Jin held talks with his Japanese counterpart, Yoshimasa Hayashi, "
                + "at a Tokyo hotel.", DAY);
        assertEquals(List.of("Meeting person/park-jin person/yoshimasa-hayashi state/JP state/KR"), EnglishFixture.events(d));
    }

    @Test
    void theSideMetWithIsTheOneRightAfterTheTriggerNotALaterWithPhrase() {
        // "met with" carries its preposition: the phrase right after it is the other side, not "conversation with Y"
        var d = EnglishFixture.annotate("Foreign Minister Park Jin met with Japanese Foreign Minister Yoshimasa Hayashi in Tokyo as a "
                + "follow-up to President Yoon Suk Yeol's conversation with Prime Minister Fumio Kishida.", DAY);
        assertEquals(List.of("Meeting person/park-jin person/yoshimasa-hayashi state/JP state/KR"), EnglishFixture.events(d));
    }

    @Test
    void aBilateralMeetingBesideALargerGatheringIsItsOwn() {
        var d = EnglishFixture.annotate("U.S. President Joe Biden hosted Australian Prime Minister Anthony Albanese and British Prime Minister "
                + "Rishi Sunak at a naval base in San Diego on Monday. Before the trilateral event, Biden and Sunak held a brief bilateral "
                + "meeting, according to a White House official.", DAY);
        assertEquals(List.of("Meeting person/anthony-albanese person/joe-biden person/rishi-sunak state/AU state/GB state/US",
                "Meeting person/joe-biden person/rishi-sunak state/GB state/US"), EnglishFixture.events(d));
    }

    @Test
    void aBilateralVisitIsStillTheVisitOfItsMeeting() {
        var d = EnglishFixture.annotate("Yoon became the first South Korean president in 12 years to make a bilateral visit to Japan. "
                + "Kishida welcomed Yoon at his official residence in Tokyo, where the two leaders held talks.", DAY);
        assertEquals(1, EnglishFixture.events(d).size(), EnglishFixture.events(d).toString());
    }

    @Test
    void aCourtesyCallIsAMeetingNotATelephoneCall() {
        // frames.tsv courtesy-call; the remote words are looked for around the trigger, not in it
        var d = EnglishFixture.annotate("Foreign Minister Park Jin paid a courtesy call on Japanese Prime Minister Fumio Kishida in Tokyo.", DAY);
        assertEquals(List.of("Meeting person/fumio-kishida person/park-jin state/JP state/KR"), EnglishFixture.events(d));
    }
}
