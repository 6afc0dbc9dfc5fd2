package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Those who witness or oversee a signing take part in the agreement (frames.tsv "witness" rows, EnglishCompanions). */
class WitnessesTest {
    private static final LocalDate DAY = LocalDate.of(2023, 7, 12);

    private static List<String> ev(String text) { return events(annotate(text, DAY)); }

    @Test
    void aCeremonyWitnessedByALeader() {
        assertEquals(List.of("Agreement person/joe-biden state/JP state/KR state/US"),
                ev("Japan and South Korea signed a currency swap deal on Tuesday in a ceremony witnessed by President Joe Biden."));
        assertEquals(List.of("Agreement person/joe-biden state/JP state/KR state/US"),
                ev("Japan and South Korea signed a currency swap deal on Tuesday, with Biden witnessing the ceremony."));
    }

    @Test
    void leadersWhoWatchOthersSign() {
        assertEquals(List.of("Agreement person/fumio-kishida person/joe-biden person/yoon-suk-yeol state/JP state/KR state/US"),
                ev("Biden witnessed Kishida and Yoon sign a security pact at Camp David on Tuesday."));
    }

    @Test
    void theSidesOfTheTalksOverseeTheSigningReportedBefore() {
        assertEquals(List.of("Agreement person/fumio-kishida person/joe-biden state/JP state/US",
                        "Meeting person/fumio-kishida person/joe-biden state/JP state/US"),
                ev("Japan and the United States signed a pact on chip supplies on Tuesday. Biden and Kishida held talks at the White House "
                        + "before overseeing the signing."));
    }

    @Test
    void aLaterPactOfTheWitnessesStatesIsItsOwn() {
        assertEquals(List.of("Agreement person/fumio-kishida person/joe-biden state/JP state/KR state/US", "Agreement state/JP state/US"),
                ev("South Korea and Japan signed a fisheries accord on Tuesday, witnessed by Biden and Kishida. "
                        + "The United States and Japan also signed a deal on chip supplies."));
    }

    @Test
    void leadersWhoWitnessTheSigningOfNewDocumentsMakeAnAgreement() {
        List<String> ev = ev("Biden and Kishida held talks at the White House on Tuesday. "
                + "The two leaders later witnessed the signing of five cooperation documents on trade and energy.");
        assertEquals(List.of("Meeting person/fumio-kishida person/joe-biden state/JP state/US",
                "Agreement person/fumio-kishida person/joe-biden state/JP state/US"), ev);
    }

    @Test
    void anAgreementSignedAtTheTalksIsDatedAsTheyAreNotAsAnOlderPact() {
        var d = annotate("Biden and Kishida held talks at the White House on Tuesday. "
                + "The two leaders later witnessed the exchange of several agreements. "
                + "The two countries signed their trade agreement in February 2020.", DAY);
        List<Integer> years = d.get(org.hilf.annotate.Keys.EVENTS).stream().filter(e -> e.type().equals("Agreement"))
                .map(e -> e.date().start().getYear()).sorted().toList();
        assertEquals(List.of(2020, 2023), years);
    }
}
