package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Literal examples of data/lexicon/en/chair_capacities.tsv (org.hilf.annotate.ChairCapacities). Sentences written for these tests. */
class ChairCapacitiesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 5, 27);

    @Test
    void aLeaderSpeakingAsABodysChairSpeaksForTheBody() {
        assertEquals(List.of("person/anwar-ibrahim for org/asean"), statements(annotate(
                "Speaking as ASEAN chair, Anwar Ibrahim told the closing session that the bloc could not be a bystander.", DAY)));
        assertEquals(List.of("person/anwar-ibrahim for org/asean"), statements(annotate(
                "Anwar Ibrahim, speaking in his capacity as chairman of ASEAN, said the bloc would send an envoy.", DAY)));
    }

    @Test
    void elsewhereHeSpeaksForHisStateAndAStatesOwnBodyIsNoChair() {
        // only the sentence that says the capacity: the gold writers judged the rest of the article both ways
        assertEquals(List.of("person/anwar-ibrahim for org/asean", "person/anwar-ibrahim for state/MY"), statements(annotate(
                "Speaking as ASEAN chair, Anwar Ibrahim told the closing session that the bloc could not be a bystander. "
                + "Later, Anwar said Malaysia would buy more Chinese palm oil machinery.", DAY)));
        // a party is no international body: its leader still speaks for his state
        assertEquals(List.of("person/fumio-kishida for state/JP"), statements(annotate(
                "Speaking as president of the Liberal Democratic Party, Fumio Kishida said the talks would go on.", LocalDate.of(2023, 5, 2))));
    }
}
