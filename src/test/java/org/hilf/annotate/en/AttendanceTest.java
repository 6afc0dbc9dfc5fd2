package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Who was at a summit when the text says so outside the summit's own sentence (EnglishAttendance). */
class AttendanceTest {
    private static final LocalDate DAY = LocalDate.of(2023, 7, 12);

    private static List<String> ev(String text) { return events(annotate(text, DAY)); }

    /** The report of a summit that the sentences of a test follow. */
    private static final String VILNIUS = "NATO leaders met for their summit in Vilnius on Wednesday. ";

    @Test
    void aPastVisitToldInASummitsSentenceIsNoAttendanceOfIt() {
        // EnglishAttendance.ownMeetingsInSummits: the same place, but another year
        List<String> e = events(annotate("On Monday, Modi co-chaired the first leaders' meeting of the India-Saudi Arabia Strategic Partnership "
                + "Council, which was set up during Mr. Modi's visit to Riyadh in 2019.", LocalDate.of(2023, 9, 11)));
        assertTrue(e.contains("Visit person/narendra-modi state/IN state/SA"), e.toString());
    }

    @Test
    void anInvertedListOfAttendeesJoinsTheSummit() {
        // data/lexicon/en/list_openers.tsv: "Among the … were", "Present at the … were"
        for (String list : List.of("Among the Asian leaders were Japan's Fumio Kishida and South Korea's Yoon Suk Yeol.",
                "Present at the two-day session were Prime Minister Fumio Kishida of Japan and President Yoon Suk Yeol of South Korea.",
                "Among those who attended the summit were Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol.")) {
            assertEquals(List.of("Summit org/nato person/fumio-kishida person/yoon-suk-yeol state/JP state/KR"), ev(VILNIUS + list), list);
        }
        // a list that does not open the sentence, or a group too long to be one, is not read so
        assertEquals(List.of("Summit org/nato"), ev(VILNIUS + "Analysts said that among the issues were ties with Japan and South Korea."));
        // no word of a group of people or of a gathering: the issues of the summit, not its guests
        assertEquals(List.of("Summit org/nato"), ev(VILNIUS + "Among the issues on the table were ties with Japan and South Korea."));
    }

    @Test
    void aListThatGoesOnFromTheAttendanceBeforeItJoinsTheSummit() {
        // list_openers.tsv "continued" after a sentence of attendance
        assertEquals(List.of("Summit org/nato person/fumio-kishida person/yoon-suk-yeol state/JP state/KR"),
                ev(VILNIUS + "Several guest leaders are also attending. They include Japanese Prime Minister "
                        + "Fumio Kishida and South Korean President Yoon Suk Yeol."));
        // no attendance before it: what "they" include is not told to be guests
        assertEquals(List.of("Summit org/nato"), ev(VILNIUS + "The allies named three new threats. They include "
                + "Japan's neighbour China and South Korea's neighbour North Korea."));
    }

    @Test
    void theGappedConjunctsOfARepresentationAttendToo() {
        // EnglishListOpeners.addGapped: "… and South Korea by X" repeats "was represented by"
        assertEquals(List.of("Summit org/nato person/fumio-kishida person/yoon-suk-yeol state/JP state/KR"),
                ev(VILNIUS + "Japan was represented by Prime Minister Fumio Kishida, and South Korea by President Yoon Suk Yeol."));
        // "took part only by video link": no name before "by", no conjunct
        assertEquals(List.of("Summit org/nato person/fumio-kishida state/JP"), ev(VILNIUS + "Japan was represented by Prime Minister "
                + "Fumio Kishida, while South Korean President Yoon Suk Yeol, who stayed home, took part only by video link."));
    }

    @Test
    void attendanceInASentenceOfItsOwnJoinsTheSummit() {
        assertEquals(List.of("Summit org/nato person/fumio-kishida person/yoon-suk-yeol state/JP state/KR"),
                ev("Kishida attended the NATO summit in Vilnius on Wednesday. South Korean President Yoon Suk Yeol also took part."));
    }

    @Test
    void whoAttendsAlongWithOrAsAnotherDidAttendsToo() {
        assertEquals(List.of("Summit org/nato person/fumio-kishida person/richard-marles person/yoon-suk-yeol state/AU state/JP state/KR"),
                ev("Kishida attended the NATO summit in Vilnius on Wednesday. South Korean President Yoon Suk Yeol also took part, "
                        + "along with Australian Deputy Prime Minister Richard Marles."));
        assertEquals(List.of("Summit org/nato person/fumio-kishida person/yoon-suk-yeol state/JP state/KR"),
                ev("Kishida attended the NATO summit in Vilnius on Wednesday. South Korean President Yoon Suk Yeol took part, as did Kishida."));
    }

    @Test
    void theOneBodyWhoseLeadersMetForASummitHoldsIt() {
        // its executive secretary at the summit does not make IGAD a guest of its own summit
        assertEquals(List.of("org/igad for org/igad"), EnglishFixture.statements(annotate("Leaders of the Intergovernmental Authority on "
                + "Development met in Entebbe on Thursday for an extraordinary summit. Kenyan President William Ruto took part, along with "
                + "IGAD Executive Secretary Workneh Gebeyehu. The final communique said the war in Sudan must end.", LocalDate.of(2024, 1, 19))));
    }

    @Test
    void whomAStateSendsAttendsTheSummit() {
        assertEquals(List.of("Summit org/nato person/fumio-kishida person/richard-marles state/AU state/JP"),
                ev("Kishida attended the NATO summit in Vilnius on Wednesday. Australia sent Deputy Prime Minister Richard Marles."));
    }

    @Test
    void whomOneWhoStaysAwaySendsAttendsInHisPlace() {
        assertEquals(List.of("Summit org/nato person/fumio-kishida person/richard-marles state/AU state/JP"),
                ev(VILNIUS_KISHIDA + "Australia's prime minister skipped the gathering and sent Deputy Prime Minister Richard Marles in his place."));
        assertEquals(List.of("Summit org/nato person/fumio-kishida state/JP"),
                ev(VILNIUS_KISHIDA + "Australia did not send Deputy Prime Minister Richard Marles."));
    }

    private static final String VILNIUS_KISHIDA = "Kishida attended the NATO summit in Vilnius on Wednesday. ";

    @Test
    void theTripToAttendASummitIsNoVisitOfItsOwn() {
        List<String> events = events(annotate("Ukrainian President Volodymyr Zelenskiy arrived in Hiroshima on Saturday to attend the Group of "
                + "Seven summit in person.", LocalDate.of(2023, 5, 21)));
        assertEquals(1, events.size(), events.toString());
        assertEquals(true, events.get(0).startsWith("Summit org/g7"), events.toString());
    }

    @Test
    void theSummitOfALaterSentenceIsTheSameSummit() {
        assertEquals(List.of("Summit org/nato person/fumio-kishida person/yoon-suk-yeol state/JP state/KR"),
                ev("Kishida attended the NATO summit in Vilnius on Wednesday. Yoon also attended the two-day summit."));
    }

    @Test
    void theHeadOfTheOrganizationTheArticleNamesIsAtItsSummit() {
        assertEquals(List.of("Summit org/nato person/fumio-kishida person/jens-stoltenberg state/JP"),
                ev("Kishida attended the NATO summit in Vilnius on Wednesday. Stoltenberg said the alliance was united."));
    }

    @Test
    void theSummitOnWhoseSidelinesTheyMetIsNamedByItsOwnWords() {
        assertEquals("Summit org/g7 person/joe-biden person/yoon-suk-yeol state/KR state/US",
                ev("Biden and Yoon met on Wednesday on the sidelines of the Group of Seven summit.").get(1));
        assertEquals("Summit org/gcc",
                ev("Gulf leaders gathered in Riyadh on Wednesday for the 44th summit of the Gulf Cooperation Council.").get(0));
    }

    @Test
    void aStateRepresentedByAnotherTakesPartAndAPersonRepresentedDoesNot() {
        assertEquals(List.of("Summit org/gcc person/tamim-bin-hamad state/BH state/OM state/QA"),
                ev("Gulf leaders gathered in Riyadh on Wednesday for the summit of the Gulf Cooperation Council. "
                        + "Qatar's Emir Sheikh Tamim bin Hamad Al Thani attended. Bahrain and Oman were represented by senior delegations."));
    }

    @Test
    void whoLedAStatesDelegationTakesPartForIt() {
        assertEquals(List.of("Summit org/gcc person/shihab-bin-tariq state/OM"),
                ev("Gulf leaders gathered in Kuwait on Sunday for the summit of the Gulf Cooperation Council. "
                        + "Oman's delegation was headed by Deputy Prime Minister Sayyid Shihab bin Tarik Al Said."));
    }

    @Test
    void whoWarnedOrToldTheGatheringWasThere() {
        assertEquals(List.of("Summit org/arab-league person/najib-mikati state/LB"),
                ev("Arab leaders gathered in Riyadh on Monday for a summit of the Arab League. "
                        + "Lebanon's caretaker Prime Minister Najib Mikati warned the summit that his country faced a threat."));
    }

    @Test
    void guestsWhoCameAttend() {
        assertEquals(List.of("Summit org/g7 person/narendra-modi state/IN"),
                ev("Leaders of the Group of Seven met in Kananaskis on Monday for their annual summit. "
                        + "Indian Prime Minister Narendra Modi came as a guest."));
    }

    @Test
    void whoTakesOverOrHandsOverTheChairIsAtTheSummit() {
        assertEquals(List.of("Summit org/gcc person/tamim-bin-hamad state/QA"),
                ev("Qatar's Emir Sheikh Tamim bin Hamad Al Thani took over the rotating chairmanship of the Gulf Cooperation Council "
                        + "on Wednesday as its annual summit opened in Doha."));
        assertEquals(List.of("Summit org/gcc person/tamim-bin-hamad state/QA"),
                ev("Gulf leaders gathered in Doha on Wednesday for the summit of the Gulf Cooperation Council. "
                        + "Qatar's Emir Sheikh Tamim bin Hamad Al Thani assumed the chairmanship."));
    }

    @Test
    void takingPartByVideoLinkIsNoAttendance() {
        assertEquals(List.of("Summit org/brics"),
                ev("BRICS leaders held a summit in Rio de Janeiro on Wednesday. Russian President Vladimir Putin took part only by video link."));
    }

    @Test
    void withAPhraseBeforeAnEventWordInIngItsSubject() {
        assertEquals(List.of("Summit org/brics person/luiz-inacio-lula-da-silva state/BR"),
                ev("BRICS leaders held a summit in Rio de Janeiro on Wednesday, with Brazilian President Lula hosting the meeting."));
    }

    @Test
    void accentsAreDroppedAsNewsEnglishOftenDoes() {
        assertEquals(List.of("Visit person/narendra-modi state/BR state/IN"), ev("Modi travelled to Brasilia on Tuesday."));
    }

    @Test
    void whoChairsAttendsOrAddressesTheGatheringIsAtTheSummit() {
        // gathering_nouns.txt: "the gathering", "the summit" after attendance words
        List<String> events = ev("Kishida attended the NATO summit in Vilnius on Wednesday. Yoon, who also attended the summit, "
                + "held talks with Kishida on Tuesday.");
        assertEquals("Summit org/nato person/fumio-kishida person/yoon-suk-yeol state/JP state/KR", events.get(0), events.toString());
        List<String> chaired = ev("Gulf leaders held their annual summit in Riyadh on Tuesday. King Salman bin Abdulaziz chaired the "
                + "one-day gathering, which was attended by Qatar's Emir Sheikh Tamim bin Hamad Al Thani.");
        assertEquals(List.of("Summit person/salman-bin-abdulaziz person/tamim-bin-hamad state/QA state/SA"), chaired);
        // frames.tsv attend: "addressed the summit", "addressed the heads of state"
        List<String> addressed = ev("Kishida attended the NATO summit in Vilnius on Wednesday. Yoon also addressed the summit.");
        assertEquals(List.of("Summit org/nato person/fumio-kishida person/yoon-suk-yeol state/JP state/KR"), addressed);
    }

    @Test
    void whoIsPresentWelcomesDelegationsOrIsAmongTheLeadersPresentIsAtTheSummit() {
        // frames.tsv attend: "were both present", "welcomed delegations"; attending-were: "among the leaders present were"
        assertEquals(List.of("Summit org/nato person/fumio-kishida person/yoon-suk-yeol state/JP state/KR"),
                ev(VILNIUS + "Kishida and Yoon were both present."));
        assertEquals(List.of("Summit org/nato person/fumio-kishida person/yoon-suk-yeol state/JP state/KR"),
                ev(VILNIUS + "Among the leaders present were Kishida and Yoon."));
        assertEquals(List.of("Summit org/gcc person/salman-bin-abdulaziz state/SA"),
                ev("Gulf leaders held their annual summit of the Gulf Cooperation Council in Riyadh on Tuesday. "
                        + "King Salman bin Abdulaziz welcomed delegations at the summit."));
    }

    @Test
    void anExtraordinaryJointSummitNamedAgainIsTheSameSummit() {
        List<String> events = ev("Arab leaders met in Cairo on Saturday for an extraordinary summit. The extraordinary joint summit of "
                + "the Arab League and the Organization of Islamic Cooperation was chaired by Egyptian President Abdel Fattah al-Sisi.");
        assertEquals(1, events.size(), events.toString());
    }

    @Test
    void aPlaceAndAYearDoNotTellWhoseSummitItWas() {
        // Riyadh held several bodies' summits in 2023: only a summit's own day names it
        List<String> events = events(annotate("Leaders met in Riyadh on Saturday for a summit on the war.", LocalDate.of(2023, 11, 12)));
        assertEquals(false, events.stream().anyMatch(e -> e.contains("org/gcc")), events.toString());
    }

    @Test
    void whoJoinsTheSummitOfItsOwnSentenceIsAtThatOneNotAnEarlierOne() {
        List<String> events = ev("Kishida attended the G7 summit in Hiroshima on May 20. On Wednesday he was at the NATO summit in Vilnius, "
                + "where he was joined by the leaders of South Korea and Australia.");
        assertEquals(true, events.stream().anyMatch(e -> e.startsWith("Summit org/nato") && e.contains("state/KR")), events.toString());
    }

    @Test
    void whoIsListedAfterTakingPartOrAttendingWereIsAtTheSummit() {
        // frames.tsv attending-were: "Taking part were", "Heads of state attending included", "The Gulf side included"
        assertEquals(List.of("Summit org/nato person/fumio-kishida person/yoon-suk-yeol state/JP state/KR"),
                ev(VILNIUS + "Taking part were Kishida and Yoon."));
        assertEquals(List.of("Summit org/nato person/fumio-kishida person/yoon-suk-yeol state/JP state/KR"),
                ev(VILNIUS + "Leaders attending included Japan's Fumio Kishida "
                        + "and South Korea's Yoon Suk Yeol."));
    }

    @Test
    void aListOfPresidentsOfTheirStatesIsOnePhrase() {
        // EnglishChunker.officeOf: "President X of A, President Y of B"
        assertEquals(List.of("Summit org/nato person/fumio-kishida person/yoon-suk-yeol state/JP state/KR"),
                ev(VILNIUS + "Among the leaders present were Prime Minister "
                        + "Fumio Kishida of Japan, President Yoon Suk Yeol of South Korea."));
        // title_words.txt "presidents": "The presidents of A and B" is a subject, not a phrase "of" introduces
        assertEquals(List.of("Summit org/nato state/JP state/KR"),
                ev(VILNIUS + "The presidents of Japan and South Korea also took part."));
    }

    @Test
    void aSideRepresentedByItsPeopleBringsThem() {
        assertEquals(List.of("Summit org/nato person/fumio-kishida person/yoon-suk-yeol state/JP state/KR"),
                ev(VILNIUS + "The Asian side was represented by Kishida and Yoon."));
    }

    @Test
    void theStatesOfAConflictASummitIsAboutDoNotTakePart() {
        // frames.tsv summit: near(of,between), the summit's own "between", not a later clause's
        assertEquals(List.of("Summit org/g7"),
                ev("Biden left the Group of Seven summit in the Canadian Rockies a day early on Monday, citing the conflict between Israel and Iran."));
    }

    @Test
    void whoChairsTheMeetingWithAnotherChairsTheSummitReported() {
        // EnglishAttendance.chaired: "X chaired the meeting with Y" is the gathering just reported, not talks of X and Y
        assertEquals(List.of("Summit org/gcc person/joko-widodo person/mohammed-bin-salman state/ID state/SA"),
                ev("Gulf leaders met in Riyadh on Friday for the summit of the Gulf Cooperation Council. "
                        + "Saudi Crown Prince Mohammed bin Salman chaired the meeting with Indonesian President Joko Widodo."));
    }

    @Test
    void aBodysSideMeetingGivesTheSummitItsPeopleNotTheBody() {
        // EnglishEventRules.sidelineParticipants: the IBSA meeting's leaders were at the G20 summit, IBSA was not
        List<String> events = events(annotate("Leaders of the Group of 20 opened their summit in Johannesburg on Saturday. "
                + "British Prime Minister Keir Starmer also attended. On the sidelines, "
                + "Modi, Ramaphosa and Lula held a meeting of the IBSA Dialogue Forum.", LocalDate.of(2025, 11, 22)));
        String summit = events.stream().filter(e -> e.startsWith("Summit")).findFirst().orElse("");
        assertEquals(true, summit.contains("person/narendra-modi") && !summit.contains("org/ibsa"), events.toString());
    }

    @Test
    void thoseWhoAlsoAttendedTheTalksJoinTheMeetingJustReported() {
        // data/lexicon/en/attended_encounters.txt: not a second meeting, and the talks' topic ("between Azerbaijan and Armenia") no side
        assertEquals(List.of("Meeting person/hakan-fidan person/ilham-aliyev person/jeyhun-bayramov person/recep-tayyip-erdogan state/AZ state/TR"),
                ev("On the margins of the summit, Erdogan and Aliyev held a one-on-one meeting that lasted about an hour. Foreign Minister "
                        + "Hakan Fidan and his Azerbaijani counterpart Jeyhun Bayramov also attended the talks, which focused on the peace "
                        + "process between Azerbaijan and Armenia."));
    }

    @Test
    void aMeetingThatNamesItsOwnBodyIsNotTheEncounterJustReported() {
        // EnglishAttendedEncounters.ownBody, EnglishAttendance.joinTarget: the G7's gathering, neither the Arab League's
        // meeting of the sentence before nor the summit an earlier sentence mentions
        assertEquals(List.of("Meeting org/arab-league", "Meeting org/g7 person/melanie-joly state/CA"),
                ev("Envoys met in Rabat to prepare the decisions of the summit. The foreign ministers of the Arab League met in "
                        + "Cairo on Sunday. Canadian Foreign Minister Melanie Joly took part in the meeting of G7 foreign ministers in Capri."));
    }
}
