package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The words of agreements in English: initialling and reaching an agreement (frames.tsv "sign"), a
 * document signed by its signatories ("signed-by", "signed-in"; each signatory may have its title after the name), "the two blocs" for the two organizations just
 * named (body_anaphors.txt), agreeing on a wish (agreement_wishes.txt) or on a gathering to hold, which make none, and a
 * document signed with a party that is no actor (EnglishAgreements.signedWithUnnamed), and a "with" past the trigger's
 * clause, which introduces a topic, not a party (EnglishAgreements.withinClause, not_participles.txt).
 */
class AgreementWordsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 7, 8);

    private static List<String> ev(String text) { return events(annotate(text, DAY)); }

    @Test
    void initiallingAndReachingAnAgreementAreAgreements() {
        assertEquals(List.of("Agreement state/AM state/AZ"), ev("Armenia initialled a peace text with Azerbaijan on Monday."));
        assertEquals(List.of("Agreement state/EG state/SD"), ev("Egypt and Sudan reached a preliminary agreement on water sharing on Monday."));
    }

    @Test
    void theSignatoriesOfADocumentSignedByThemTakePartInIt() {
        assertEquals(List.of("Agreement person/fumio-kishida person/joe-biden state/JP state/US"),
                ev("Japan and the United States signed a pact on chip supplies on Monday. "
                        + "The pact was signed in Washington by Joe Biden and Fumio Kishida."));
    }

    @Test
    void signedByNamesItsSignatoriesRightAfterTheVerb() {
        assertEquals(List.of("Agreement person/fumio-kishida person/joe-biden state/JP state/US"),
                ev("Japan and the United States signed a pact on chip supplies on Monday. "
                        + "The pact was signed by Joe Biden and Fumio Kishida."));
    }

    @Test
    void signatoriesEachWithTheirTitleAfterTheNameAreOneList() {
        List<String> e = ev("The UAE and India on Friday signed a Comprehensive Economic Partnership Agreement. "
                + "The agreement was signed by Abdulla bin Touq Al Marri, UAE Minister of Economy, and Piyush Goyal, "
                + "India's Minister of Commerce and Industry.");
        assertEquals(1, e.size());
        assertTrue(e.get(0).matches("Agreement person/en-\\w+ person/en-\\w+ state/AE state/IN"), e.get(0));
    }

    @Test
    void aWithPastTheTriggersClauseIntroducesNoParty() {
        assertEquals(List.of("Agreement state/JP state/PH"), ev("Japan and the Philippines signed a defence pact on Monday "
                + "that will deepen ties between two allies locked in disputes with China."));
        assertEquals(List.of("Agreement state/JP state/PH"), ev("Japan and the Philippines signed a financing agreement on Monday "
                + "for a railway linking Manila with Vietnam."));
        assertEquals(List.of("Agreement state/JP state/PH"), ev("Japan signed a defence pact with the Philippines on Monday."));
        assertEquals(List.of("Agreement state/JP state/PH"), ev("Japan signed a defence pact on Monday morning with the Philippines."));
    }

    @Test
    void theTwoBlocsAreTheTwoOrganizationsJustNamed() {
        assertEquals(List.of("Meeting org/eu org/mercosur", "Agreement org/eu org/mercosur"),
                ev("The European Union and Mercosur held talks in Montevideo on Monday. The two blocs reached an agreement on trade."));
    }

    @Test
    void theTwoBlocsAfterAnEventOfOneBodyNameNoOne() {
        assertEquals(List.of("Meeting person/fumio-kishida person/joe-biden state/JP state/US"),
                ev("Joe Biden met Fumio Kishida in Tokyo on Monday. The two blocs reached an agreement on trade."));
    }

    @Test
    void agreeingOnAWishIsNoAgreement() {
        assertEquals(List.of(), ev("Japan and South Korea agreed on Monday to develop bilateral relations."));
        assertEquals(List.of(), ev("Japan and South Korea agreed to further deepen their ties."));
        // keeping what already is (channels open, contact, visits) decides nothing new
        assertEquals(List.of(), ev("China and the United States agreed to keep open channels of communication."));
        assertEquals(List.of(), ev("Japan and South Korea agreed to maintain close contact on North Korea."));
        // working toward something is the wish to reach it, not a decision reached
        assertEquals(List.of(), ev("Japan and South Korea agreed on Monday to work toward visa facilitation."));
        assertEquals(List.of(), ev("Japan and South Korea agreed to work together on supply chains."));
        assertEquals(List.of("Agreement state/JP state/KR"), ev("Japan and South Korea agreed on Monday to set up a joint committee."));
    }

    @Test
    void agreeingToHoldAGatheringIsNoAgreement() {
        assertTrue(ev("Japan and South Korea agreed on Monday to hold a summit in Seoul next year.").stream().noneMatch(e -> e.startsWith("Agreement")));
        assertTrue(ev("Egypt and Sudan agreed to convene a joint meeting within 15 days.").stream().noneMatch(e -> e.startsWith("Agreement")));
        assertEquals(List.of("Agreement state/JP state/KR"), ev("Japan and South Korea agreed on Monday to hold joint drills."));
        // the gathering a few more words on, meeting again, convening a body: the planned gathering, no Agreement
        for (String t : List.of("Japan and South Korea agreed on Monday to hold the next annual leaders' meeting in Tokyo.",
                "Japan and South Korea agreed on Monday to meet again in Seoul next year.",
                "Kuwait and Iraq agreed on Monday to convene their joint ministerial committee in Baghdad before the end of the year.")) {
            assertTrue(ev(t).stream().noneMatch(e -> e.startsWith("Agreement")), t + " " + ev(t));
        }
    }

    @Test
    void aDocumentSignedWithAPartyThatIsNoActorIsTheOneSidesAgreement() {
        assertEquals(List.of("Agreement state/ET"),
                ev("Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland on Monday."));
        assertEquals(List.of(), ev("Ethiopia signed the decree on Monday with great fanfare."));
        assertEquals(List.of(), ev("Ethiopia signed a memorandum of understanding on Monday."));
    }
}
