package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** data/lexicon/en/bodies.tsv: a national body named by its building or its own name speaks for its state. */
class BodiesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 6, 3);

    @Test
    void aBuildingThatStandsForAMinistrySpeaksForItsState() {
        assertEquals(List.of("state/MY for state/MY"), statements(annotate("Wisma Putra said the envoy had been summoned over the remarks.", DAY)));
        assertEquals(List.of("state/FR for state/FR"), statements(annotate("The Quai d'Orsay said it was following the case closely.", DAY)));
        assertEquals(List.of("state/IN for state/IN"),
                statements(annotate("The Ministry of External Affairs said the visit would go ahead as planned.", DAY)));
        // acronyms and offices that wire copy names alone
        assertEquals(List.of("state/IN for state/IN"), statements(annotate("The MEA said the minister also opened a rescue centre.", DAY)));
        assertEquals(List.of("state/TR for state/TR"),
                statements(annotate("Erdogan received Rutte for an hour and a half, the Directorate of Communications said in a statement.", DAY)).stream()
                        .filter(x -> !x.startsWith("person/")).toList());
    }

    @Test
    void anAcronymWireCopyUsesAloneNamesItsOrganization() {
        // organizations.tsv: "AU" is the African Union's English short form ("an AU official", "the AU Commission")
        List<String> got = statements(annotate("An AU official told reporters that the council would push for a single mediation track.", DAY));
        assertEquals(1, got.size(), got.toString());
        assertEquals(" for org/african-union", got.get(0).substring(got.get(0).indexOf(" for ")));
    }

    @Test
    void aMovementsSpokesmanSpeaksForTheMovementNotItsState() {
        // organizations.tsv kind Movement: Hamas is based in Palestine but does not speak for it
        List<String> got = statements(annotate("Hamas spokesman Hazem Qassem said the group would study the offer.", DAY));
        assertEquals(1, got.size(), got.toString());
        assertEquals(" for org/hamas", got.get(0).substring(got.get(0).indexOf(" for ")));
        // and so does the movement itself when it is the speaker
        assertEquals(List.of("org/hamas for org/hamas"),
                statements(annotate("Hamas said in a statement that it had received the proposal.", DAY)));
        // a national body still speaks for its state
        assertEquals(List.of("org/cn-foreign-ministry for state/CN"),
                statements(annotate("China's foreign ministry said the talks were constructive.", DAY)));
    }
}
