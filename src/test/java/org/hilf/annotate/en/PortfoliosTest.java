package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * data/lexicon/en/portfolios.txt on literal examples: a minister named by portfolio is a person of
 * the title's state when a name follows or stands in apposition, and never the holder of some other
 * office of that state. Sentences written for these tests.
 */
class PortfoliosTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    private static List<String> st(String text) { return statements(annotate(text, DAY)); }

    private static void speaksFor(String state, String text) {
        List<String> s = st(text);
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).startsWith("person/en-") && s.get(0).endsWith(" for " + state), s.toString());
    }

    @Test
    void aPortfolioBeforeTheName() {
        speaksFor("state/IN", "Indian Commerce Minister Arvind Mehra said the agreement would double trade by 2030.");
        speaksFor("state/PK", "Pakistan's Information Minister Nadeem Qureshi told reporters the pact had no secret clauses.");
        speaksFor("state/ID", "Indonesia's Coordinating Minister for Economic Affairs Budi Santoso said most issues were resolved.");
        speaksFor("state/AE", "UAE Minister of State for Foreign Trade Khalid Al Mansoori told reporters the talks had concluded.");
    }

    @Test
    void aPortfolioInApposition() {
        speaksFor("state/KE", "Daniel Otieno, Kenya's trade minister, said the corridor would open next year.");
    }

    @Test
    void aPortfolioAloneIsNoKnownMinister() {
        // Saudi Arabia's energy minister is in the gazetteer as a minister; "the trade minister" is not he
        List<String> s = st("The Saudi trade minister said the kingdom would host the forum.");
        assertTrue(s.stream().noneMatch(x -> x.startsWith("person/abdulaziz-bin-salman")), s.toString());
    }

    @Test
    void foreignMinistersKeepTheirOwnRole() {
        assertEquals(List.of("person/s-jaishankar for state/IN"),
                st("Indian Foreign Minister Subrahmanyam Jaishankar said the talks were useful."));
    }
}
