package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link EnglishNamingVerbs}, data/lexicon/en/naming_verbs.tsv: "called" reports words said with an actor as its
 * subject right before it, and names only in a passive, a relative clause or a phrasal verb. Sentences written
 * for these tests.
 */
class NamingVerbsTest {
    private static final LocalDate DAY = LocalDate.of(2023, 3, 14);

    private static List<String> st(String text) { return statements(annotate(text, DAY)); }

    @Test
    void anActorThatCallsSomethingSpeaks() {
        assertEquals(List.of("person/anthony-albanese for state/AU"),
                st("Albanese called the deal the largest leap in his country's military capability in generations."));
        assertEquals(List.of("state/CN for state/CN"), st("Beijing has called it a risk for nuclear proliferation."));
    }

    @Test
    void aPassiveAPhrasalVerbOrAGroupingsNameSaysNothing() {
        assertEquals(List.of(), st("The meeting was called off after Biden cut short his trip."));
        assertEquals(List.of(), st("China called off a meeting between the two ministers."));
        assertEquals(List.of(), st("Japan joined a grouping called the Quad last year."));
    }

    @Test
    void whatSomeoneCalledIsNoSecondStatement() {
        assertEquals(List.of("person/rishi-sunak for state/GB"),
                st("Sunak warned that Britain would not be drawn into what he called small blocs."));
    }
}
