package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** One meeting reported in several ways is one event: its purpose, a later "the meeting" of the same sides. */
class MeetingReportsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 7, 30);

    private static List<String> ev(String text) { return events(annotate(text, DAY)); }

    @Test
    void aNameInAppositionToItsTitleIsTheObject() {
        assertEquals(List.of("Meeting person/lee-jae-myung person/shigeru-ishiba state/JP state/KR"),
                events(annotate("On Tuesday, Ishiba held his first talks with South Korea's new president, Lee Jae Myung, who took office "
                        + "earlier this month.", LocalDate.of(2025, 6, 17))));
    }

    @Test
    void whomARelativeClauseBeforeTheVerbNamesTakesNoPart() {
        // "who is accompanying Yoon" closes before "held talks": Cho meets, not the president he accompanies
        assertEquals(List.of("Visit person/yoon-suk-yeol state/KR state/KZ",
                        "Meeting person/cho-tae-yul person/murat-nurtleu state/KR state/KZ"),
                events(annotate("South Korean President Yoon Suk Yeol arrived in Astana on Tuesday for a state visit. Earlier in the day, "
                        + "Foreign Minister Cho Tae-yul, who is accompanying Yoon, held separate talks with Kazakh Foreign Minister "
                        + "Murat Nurtleu.", LocalDate.of(2024, 6, 12))));
    }

    @Test
    void theMeetingAHostingIsForIsThatMeeting() {
        assertEquals(List.of("Meeting org/nato person/yoko-kamikawa state/AU state/JP state/NZ"),
                ev("Japanese Foreign Minister Yoko Kamikawa hosted her counterparts from Australia and New Zealand on Monday "
                        + "for a meeting of NATO partners."));
    }

    @Test
    void aLaterReportOfTheSameSidesIsTheSameMeeting() {
        assertEquals(List.of("Meeting person/penny-wong person/yoko-kamikawa state/AU state/JP"),
                ev("Japanese Foreign Minister Yoko Kamikawa hosted her counterpart from Australia in Tokyo on Monday. "
                        + "Australian Foreign Minister Penny Wong and Kamikawa held the meeting at the Iikura guest house."));
    }

    @Test
    void meetingATargetIsNoMeetingOfWhomTheNextClauseNames() {
        List<String> e = ev("Italian Prime Minister Giorgia Meloni said Rome would struggle to meet its spending goal, a view Biden rejected.");
        assertEquals(List.of(), e);
    }

    @Test
    void aSubjectAfterAClauseOfAnotherEventWordMeets() {
        List<String> meetings = ev("On Monday, as the summit got going, Japanese Prime Minister Fumio Kishida held talks with "
                + "South Korean President Yoon Suk Yeol.").stream().filter(e -> e.startsWith("Meeting")).toList();
        assertEquals(List.of("Meeting person/fumio-kishida person/yoon-suk-yeol state/JP state/KR"), meetings);
    }
}
