package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The members of a delegation, who invited it and who received its head take part in its trip
 * (frames.tsv "accompany", "invitation" and "received" rows, EnglishCompanions).
 */
class DelegationsTest {
    private static final LocalDate DAY = LocalDate.of(2023, 7, 17);
    private static final String VISIT = "Visit person/fumio-kishida person/yoshimasa-hayashi state/JP state/SA";

    private static List<String> ev(String text) { return events(annotate(text, DAY)); }

    @Test
    void whoAccompaniedTheVisitorIsInTheVisit() {
        assertEquals(List.of(VISIT), ev("Kishida arrived in Riyadh on Sunday. He was accompanied by Foreign Minister Yoshimasa Hayashi."));
    }

    @Test
    void aRelativeClauseOfAccompanyingLeavesTheSubjectOfTheNextVerbAlone() {
        // "X, who accompanied the prime minister, later met Y": X's own meeting, whatever the gold of a visit counts
        List<String> events = ev("Kishida arrived in Riyadh on Sunday. Foreign Minister Yoshimasa Hayashi, who accompanied the prime "
                + "minister, later met Saudi Foreign Minister Faisal bin Farhan.");
        assertEquals(true, events.contains("Meeting person/faisal-bin-farhan person/yoshimasa-hayashi state/JP state/SA"), events.toString());
    }

    @Test
    void everyoneTheDelegationListsIsInTheVisit() {
        assertEquals(List.of("Visit person/fumio-kishida person/lloyd-austin person/yoshimasa-hayashi state/JP state/SA state/US"),
                ev("Kishida arrived in Riyadh on Sunday. Foreign Minister Yoshimasa Hayashi, a veteran lawmaker, and U.S. Defense "
                        + "Secretary Lloyd Austin were part of the delegation."));
    }

    @Test
    void aPlannedTripTakesNoOneFromAnEarlierSentence() {
        assertEquals(List.of("Visit person/fumio-kishida state/JP state/SA planned"),
                ev("Kishida will travel to Riyadh next week. Foreign Minister Yoshimasa Hayashi, who accompanied him last year, said so."));
    }

    @Test
    void whoInvitedTheVisitorHostsTheVisitOfThatSentenceOnly() {
        assertEquals(List.of("Visit person/fumio-kishida person/mohammed-bin-salman state/JP state/SA planned"),
                ev("Kishida will visit Riyadh next week at the invitation of Crown Prince Mohammed bin Salman."));
        assertEquals(List.of("Visit person/fumio-kishida state/JP state/SA"),
                ev("Kishida arrived in Riyadh on Sunday. Hayashi spoke at a forum in Tokyo at the invitation of President Joe Biden."));
    }

    @Test
    void whoReceivedTheVisitorHostsTheVisit() {
        assertEquals(List.of("Visit person/fumio-kishida person/mohammed-bin-salman state/JP state/SA"),
                ev("Kishida arrived in Riyadh on Sunday, where Crown Prince Mohammed bin Salman received him at Al-Salam Palace."));
        assertEquals(List.of("Visit person/fumio-kishida person/mohammed-bin-salman state/JP state/SA"),
                ev("Kishida arrived in Riyadh on Sunday. Crown Prince Mohammed bin Salman welcomed him at Al-Salam Palace."));
    }
}
