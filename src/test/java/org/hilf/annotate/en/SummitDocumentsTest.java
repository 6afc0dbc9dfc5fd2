package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.hilf.annotate.en.EnglishFixture.names;
import static org.hilf.annotate.en.EnglishFixture.sentences;
import static org.hilf.annotate.en.EnglishFixture.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.Keys;
import org.hilf.annotate.Span;
import org.junit.jupiter.api.Test;

/**
 * Summit documents (summit_documents.txt, adoption_verbs.txt), meetings held for a summit, virtual
 * summits, horizons (horizon_markers.tsv), "is due in" (frames.tsv) and "RIYADH:" datelines, on literal examples.
 */
class SummitDocumentsTest {
    private static final LocalDate DAY = LocalDate.of(2023, 7, 12);

    @Test
    void aFinalCommuniqueAdoptedAtASummitIsAnAgreementOfItsOrganization() {
        List<String> ev = events(annotate("NATO leaders opened their annual summit in Vilnius on Tuesday. "
                + "The final communique, adopted on Tuesday evening, called for more support for Ukraine.", DAY));
        assertTrue(ev.contains("Agreement org/nato"), ev.toString());
    }

    @Test
    void aDocumentOfTheBodyTheSentenceNamesIsThatBodysAlone() {
        String summit = "Leaders of the European Union and the African Union opened their summit in Brussels on Tuesday. ";
        List<String> ev = events(annotate(summit + "Leaders of the European Union adopted a declaration on migration.", DAY));
        assertTrue(ev.contains("Agreement org/eu"), ev.toString());
        ev = events(annotate(summit + "The summit adopted a declaration on migration.", DAY));
        assertTrue(ev.contains("Agreement org/african-union org/eu"), ev.toString());
    }

    @Test
    void aDeclarationOfABodysSummitIsNotAlsoOfTheBodiesWhoseHeadsSatAtIt() {
        // EnglishSummitDocuments.sides: the G20's summit, attended by the heads of the African Union and the UN
        List<String> ev = events(annotate("G20 leaders opened their summit in Johannesburg on Saturday. The African Union and the "
                + "United Nations also attended. "
                + "The leaders adopted the Johannesburg Leaders' Declaration at the start of proceedings.", LocalDate.of(2025, 11, 22)));
        assertTrue(ev.contains("Agreement org/g20"), ev.toString());
    }

    @Test
    void aDeclarationTheLeadersAdoptIsTheBodysAloneAsFactsSays() {
        // FACTS.md, "a gathering's document": the states and leaders took part in the summit, not in its document
        List<String> ev = events(annotate("Arab leaders opened the Arab League summit in Jeddah on Friday. "
                + "Saudi Crown Prince Mohammed bin Salman and Egyptian President Abdel Fattah al-Sisi adopted the "
                + "Jeddah Declaration at its close.", LocalDate.of(2023, 5, 19)));
        assertTrue(ev.contains("Agreement org/arab-league"), ev.toString());
        assertFalse(ev.stream().anyMatch(e -> e.startsWith("Agreement") && e.contains("state/")), ev.toString());
    }

    @Test
    void aVerbAfterTheDocumentsOwnVerbIsStillTheDocumentsWords() {
        // "The summit communique expressed … and urged …": the state in what it expressed is no speaker of "urged"
        List<String> st = EnglishFixture.statements(annotate("Zimbabwe's President Emmerson Mnangagwa assumed the chairmanship of the Southern "
                + "African Development Community (SADC) on Saturday at the bloc's 44th ordinary summit. The summit communique expressed "
                + "\"deep concern\" over the security situation in eastern Congo and urged all parties to respect the ceasefire.", LocalDate.of(2024, 8, 17)));
        assertTrue(st.stream().noneMatch(x -> x.startsWith("state/")), st.toString());
    }

    @Test
    void aFinalCommuniqueSpeaksForTheSummitReportedSeveralSentencesBefore() {
        // CollectiveSpeakers.REACH: attendees, a speech and a briefing may stand between the summit and its communique
        String text = "Leaders of the Gulf Cooperation Council wrapped up their annual summit in Doha on Tuesday. "
                + "The meeting was chaired by the Emir of Qatar. Also attending was the King of Bahrain. "
                + "Oman was represented by its deputy prime minister. The host opened the session with a speech on Gaza. "
                + "Officials said the talks were cordial. A railway plan was approved, officials added. "
                + "In the final communique, the leaders said any attack on one member state was an attack on all.";
        List<String> st = statements(annotate(text, DAY));
        assertTrue(st.stream().anyMatch(x -> x.startsWith("org/gcc")), st.toString());
    }

    @Test
    void aDocumentStillToBeAdoptedIsNoAgreement() {
        List<String> ev = events(annotate("NATO leaders opened their annual summit in Vilnius on Tuesday. "
                + "A declaration is to be adopted on Wednesday.", DAY));
        assertFalse(ev.stream().anyMatch(e -> e.startsWith("Agreement")), ev.toString());
    }

    @Test
    void leadersWhoMetForASummitHeldThatSummit() {
        List<String> ev = events(annotate("Leaders of the Gulf Cooperation Council and the Association of Southeast Asian Nations "
                + "met in Jakarta on Tuesday for their first joint summit.", DAY));
        assertEquals(1, ev.size(), ev.toString());
        assertTrue(ev.get(0).startsWith("Summit org/asean org/gcc"), ev.toString());
    }

    @Test
    void aVirtualSummitIsNoSummit() {
        assertEquals(List.of(), events(annotate("Kishida and Yoon Suk Yeol held a virtual summit on Monday.", DAY)));
    }

    @Test
    void aDeadlineOrHorizonDatesNothing() {
        for (String s : List.of("a strategy running to 2035", "in line with Vision 2030", "which sets 2025 as the target", "spending by the end of 2027",
                "a hotline unused since 2019", "their first joint drill ever since 2016", "the Kuala Lumpur Declaration on ASEAN 2045")) {
            int at = s.indexOf("20");
            assertTrue(EnglishHorizons.deadline(s, new Span(at, at + 4)), s);
        }
        String chair = "Malaysia, the ASEAN chair, in 2025 hosted";
        assertFalse(EnglishHorizons.deadline(chair, new Span(chair.indexOf("2025"), chair.indexOf("2025") + 4)));
        String held = "the summit held in 2025 in Kuala Lumpur";
        assertFalse(EnglishHorizons.deadline(held, new Span(held.indexOf("2025"), held.indexOf("2025") + 4)));
    }

    @Test
    void theYearAPlanRunsToDatesNothing() {
        for (String s : List.of("approved a development strategy for the bloc to 2035", "approved a collective security strategy to 2030",
                "a programme of joint exercises until 2027", "a new road map through 2030")) {
            assertTrue(EnglishHorizons.deadline(s, new Span(s.length() - 4, s.length())), s);
        }
        for (String s : List.of("the plan was first floated in 2023", "the programme, launched in 2019, was moved to 2024")) {
            assertFalse(EnglishHorizons.deadline(s, new Span(s.length() - 4, s.length())), s);
        }
    }

    @Test
    void theEndOfASpanOfYearsDatesNothing() {
        for (String s : List.of("an action plan for 2025-2027", "a framework for cooperation for 2024–2028")) {
            assertTrue(EnglishHorizons.deadline(s, new Span(s.length() - 4, s.length())), s);
        }
        String ended = "the talks ran from 2019 to 2024 and ended in 2025";
        assertFalse(EnglishHorizons.deadline(ended, new Span(ended.length() - 4, ended.length())));
    }

    @Test
    void theStartOfAPeriodIsNotWhenTheEventHappened() {
        var d = annotate("Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan held talks in Arusha, "
                + "their first meeting since 2019.", DAY);
        var date = d.get(Keys.EVENTS).get(0).date();
        assertTrue(date == null || date.start().getYear() != 2019, String.valueOf(date));
    }

    @Test
    void dueInAPlaceIsAPlannedVisit() {
        List<String> ev = events(annotate("Iranian President Hassan Rouhani is due in Ankara on Saturday for an official visit.", DAY));
        assertEquals(List.of("Visit person/hassan-rouhani state/IR state/TR planned"), ev);
    }

    @Test
    void aDatelineWithAColonIsNoPartOfTheSentence() {
        var d = annotate("RIYADH: Leaders of the Organization of Islamic Cooperation met on Saturday.", DAY);
        assertTrue(sentences(d).get(0).startsWith("Leaders"), sentences(d).toString());
        assertEquals(List.of("org/oic"), names(d));
    }

    @Test
    void whoSaysASummitWillBeHeldDoesNotTakePartInIt() {
        List<String> ev = events(annotate("Stoltenberg said the next NATO summit would be held in Washington in 2024.", DAY));
        assertTrue(ev.stream().anyMatch(e -> e.startsWith("Summit org/nato") && e.endsWith("planned")), ev.toString());
        assertFalse(ev.stream().anyMatch(e -> e.contains("person/jens-stoltenberg")), ev.toString());
    }

    @Test
    void theSummitAfterOneReportedIsThatOneNotTheOneThePlaceHeld() {
        List<String> ev = events(annotate("Leaders of the Shanghai Cooperation Organisation met in Astana on Thursday for their annual summit. "
                + "In Beijing, a foreign ministry spokesperson said the summit had sent a signal of unity.", LocalDate.of(2023, 12, 8)));
        assertFalse(ev.stream().anyMatch(e -> e.contains("org/eu")), ev.toString());
    }

    /** CollectiveSpeakers: a body that is a side of the summit adopts its declaration, even when its secretary-general attends. */
    @Test
    void theDeclarationOfAJointSummitIsBothBodies() {
        List<String> ev = events(annotate("The first summit between the European Union and the League of Arab States opened in Sharm "
                + "el-Sheikh on Sunday, attended by Arab League Secretary-General Ahmed Aboul Gheit. The closing declaration, adopted "
                + "on Monday, commits both sides to cooperation on migration.", LocalDate.of(2019, 2, 25)));
        assertTrue(ev.stream().anyMatch(e -> e.startsWith("Agreement org/arab-league org/eu")), ev.toString());
    }

    /**
     * "the leaders" of a joint summit adopt for both its sides (PriorEvents.withPartners); a ministerial
     * mechanism the declaration commits to is neither a gathering nor the summit that adopts it.
     */
    @Test
    void theLeadersOfAJointSummitAdoptForBothSidesAndTheMechanismTheyPromiseIsNoMeeting() {
        List<String> ev = events(annotate("The sixth summit between the African Union and the European Union opened in Brussels on "
                + "Thursday. At the close, the leaders adopted a joint declaration committing to a new ministerial follow-up mechanism.",
                LocalDate.of(2022, 2, 18)));
        assertTrue(ev.contains("Agreement org/african-union org/eu"), ev.toString());
        assertFalse(ev.stream().anyMatch(e -> e.startsWith("Meeting")), ev.toString());
    }
}
