package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A body's name just before "summit", whatever preposition introduces it; "their summit" of one body's leaders. */
class SummitModifiersTest {
    private static final LocalDate DAY = LocalDate.of(2024, 12, 7);

    private static List<String> ev(String text) { return EnglishFixture.events(EnglishFixture.annotate(text, DAY)); }

    @Test
    void aBodyNamedBeforeTheSummitWordAfterAPrepositionHoldsIt() {
        assertEquals(List.of("Summit org/european-commission org/mercosur person/ursula-von-der-leyen"),
                ev("European Commission President Ursula von der Leyen flew to Montevideo for the Mercosur summit on Friday."));
    }

    @Test
    void theLeadersOfOneBodyHoldTheirSummit() {
        assertEquals(List.of("Summit org/g20"),
                ev("Leaders of the Group of Twenty (G20) major economies wrapped up their two-day summit in Bali on Wednesday."));
    }

    @Test
    void theLeadersOfTwoBodiesHoldNeithersOwnSummit() {
        List<String> e = ev("Leaders of the Gulf Cooperation Council and the Association of Southeast Asian Nations met in Kuala Lumpur "
                + "on Tuesday for their second joint summit.");
        assertTrue(e.stream().noneMatch(x -> x.startsWith("Summit") && !x.contains("org/gcc")), e.toString());
        assertTrue(e.stream().noneMatch(x -> x.startsWith("Summit") && !x.contains("org/asean")), e.toString());
    }

    @Test
    void aSideMeetingOfAGroupIsNoSummitOfIt() {
        List<String> e = ev("On the sidelines of the summit, Modi held talks with Lula and Ramaphosa in an IBSA leaders' meeting.");
        assertTrue(e.stream().noneMatch(x -> x.startsWith("Summit org/ibsa")), e.toString());
    }
}
