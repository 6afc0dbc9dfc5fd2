package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** frames.tsv mediated-by: the mediator of an accord or of talks sits in them; never in a summit. Sentences written for these tests. */
class MediatorsTest {
    private static final LocalDate DAY = LocalDate.of(2020, 9, 14);

    @Test
    void theMediatorOfADealIsOneOfItsParties() {
        assertEquals(List.of("Agreement state/BH state/IL state/US"),
                events(annotate("Bahrain agreed on Friday to normalize ties with Israel in a deal also brokered by Washington.", DAY)));
        assertEquals(List.of("Agreement state/KW state/QA state/SA"),
                events(annotate("Saudi Arabia and Qatar signed an agreement on Tuesday to end the rift, in a deal mediated by Kuwait.", DAY)));
    }

    @Test
    void aMediatorIsNotASummitsAttendee() {
        List<String> e = events(annotate("The ceasefire, brokered by Egypt and Qatar, took effect on Friday, days before leaders gathered for a "
                + "summit in Sharm el-Sheikh co-chaired by Egyptian President Abdel Fattah al-Sisi.", DAY));
        assertEquals(true, e.stream().noneMatch(x -> x.startsWith("Summit") && x.contains("state/QA")), e.toString());
    }
}
