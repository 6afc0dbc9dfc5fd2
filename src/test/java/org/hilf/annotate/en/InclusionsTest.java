package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** ", among them X, Y": the named members of a group stand for it as the object of an attendance word. */
class InclusionsTest {
    private static final LocalDate DAY = LocalDate.of(2023, 7, 12);

    @Test
    void theNamedMembersOfTheAttendingGroupAttend() {
        assertEquals(List.of("Summit org/nato person/emmanuel-macron person/olaf-scholz state/DE state/FR"),
                events(annotate("NATO leaders opened their summit in Vilnius on Tuesday. The summit was attended by more than 40 heads "
                        + "of state and government, among them French President Emmanuel Macron and German Chancellor Olaf Scholz.", DAY)));
    }

    /** frames.tsv drew-join: a gathering that "has drawn" leaders, including X and Y, has X and Y among its attendees. */
    @Test
    void theLeadersASummitDrewAttend() {
        List<String> e = events(annotate("Narendra Modi and Xi Jinping held talks on Wednesday on the sidelines of the BRICS summit in Kazan. "
                + "The three-day summit, hosted by Russian President Vladimir Putin, has drawn more than 20 leaders, including Turkish "
                + "President Tayyip Erdogan and Iranian President Masoud Pezeshkian. The visit drew criticism from Ukraine.", LocalDate.of(2024, 10, 23)));
        assertEquals(1, e.stream().filter(x -> x.startsWith("Summit org/brics person/masoud-pezeshkian person/narendra-modi "
                + "person/recep-tayyip-erdogan person/vladimir-putin person/xi-jinping")).count(), e.toString());
        assertEquals(true, e.stream().noneMatch(x -> x.contains("state/UA")), e.toString());
    }

    /** "Leaders at the summit, including X, agreed": the list names those at the gathering, not the object of an event word. */
    @Test
    void aListAfterTheGatheringsNounIsNoObject() {
        List<String> e = events(annotate("NATO leaders opened their summit in Vilnius on Tuesday. Leaders at the summit, including French President "
                + "Emmanuel Macron and German Chancellor Olaf Scholz, agreed in their communique that Ukraine's future lies in NATO.", DAY));
        assertEquals(true, e.stream().noneMatch(x -> x.contains("state/UA")), e.toString());
    }
}
