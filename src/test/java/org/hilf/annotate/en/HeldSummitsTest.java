package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** data/lexicon/en/summit_hold_verbs.txt: the states that hold a summit together take part in it. */
class HeldSummitsTest {
    private static final LocalDate DAY = LocalDate.of(2023, 5, 20);

    @Test
    void theStatesHoldingASummitTakePart() {
        AnnotatedArticle d = annotate("The leaders of Japan, the United States, India and Australia also used the occasion "
                + "to hold a Quad summit in Hiroshima on Saturday.", DAY);
        assertEquals(List.of("Summit org/quad state/AU state/IN state/JP state/US"), events(d));
    }

    @Test
    void anotherPhraseBetweenTheVerbAndTheSummitHoldsNothing() {
        AnnotatedArticle d = annotate("Japan and India held talks with Australia at the Quad summit in Hiroshima on Saturday.", DAY);
        assertEquals(0, events(d).stream().filter(e -> e.startsWith("Summit") && e.contains("state/JP")).count(), events(d).toString());
    }

    @Test
    void theLeadersTheArticleNamesAreThoseOfTheirStates() {
        AnnotatedArticle d = annotate("Japanese Prime Minister Fumio Kishida met U.S. President Joe Biden, Indian Prime Minister Narendra Modi "
                + "and Australian Prime Minister Anthony Albanese on Saturday. The leaders of Japan, the United States, India and Australia "
                + "also used the occasion to hold a Quad summit in Hiroshima.", DAY);
        assertEquals(1, events(d).stream().filter(e -> e.equals("Summit org/quad person/anthony-albanese person/fumio-kishida "
                + "person/joe-biden person/narendra-modi state/AU state/IN state/JP state/US")).count(), events(d).toString());
    }

    @Test
    void theLeadersHoldingASummitTakePart() {
        AnnotatedArticle d = annotate("Chinese Premier Li Qiang and Australian Prime Minister Anthony Albanese held the ninth "
                + "China-Australia Annual Leaders' Meeting in Canberra on Monday.", LocalDate.of(2024, 6, 17));
        assertEquals(List.of("Summit person/anthony-albanese person/li-qiang state/AU state/CN"), events(d));
    }

    /** EnglishHeldSummits.leadersSummit: a body's heads of state meeting are its summit, which "the summit" then names. */
    @Test
    void aBodysHeadsOfStateMeetingAreItsSummit() {
        List<String> e = events(annotate("Heads of state of the East African Community meeting in Arusha on Saturday called for a ceasefire. "
                + "The extraordinary summit, chaired by Kenyan President William Ruto, lasted five hours.", DAY));
        assertEquals(1, e.size(), e.toString());
        assertEquals(true, e.get(0).startsWith("Summit org/eac"), e.toString());
        // "opened their annual meeting": the words between say the body's leaders held it
        e = events(annotate("Leaders of the Pacific Islands Forum opened their annual meeting in Honiara on Monday.", DAY));
        assertEquals(List.of("Summit org/pacific-islands-forum"), e.stream().map(x -> x.split(" state/| person/")[0]).toList(), e.toString());
        // the three leaders who met "as leaders of" a forum: their meeting, not the forum's summit
        e = events(annotate("Modi, Lula and Ramaphosa met on Saturday as leaders of the IBSA forum, the first such meeting in years.", DAY));
        assertEquals(true, e.stream().noneMatch(x -> x.startsWith("Summit")), e.toString());
    }

    /** EnglishHeldSummits.host: one state that holds a summit alone is its host; not one that holds a summit "with" someone. */
    @Test
    void oneStateHoldingTheNextSummitIsItsHost() {
        LocalDate day = LocalDate.of(2025, 11, 23);
        String lead = "Leaders of the Group of 20 ended their summit in Johannesburg on Sunday. ";
        for (String next : List.of("Ramaphosa will hand the presidency over to the United States, which is expected to hold the 2026 summit in Florida.",
                "The United States takes over the G20 presidency for 2026 and plans to hold the next summit in Florida in December 2026.")) {
            List<String> e = events(annotate(lead + next, day));
            assertEquals(1, e.stream().filter(x -> x.startsWith("Summit org/g20 state/US")).count(), e.toString());
        }
        List<String> e = events(annotate("Biden will hold a summit with Xi in San Francisco in November.", DAY));
        assertEquals(true, e.stream().noneMatch(x -> x.equals("Summit state/US")), e.toString());
    }
}
