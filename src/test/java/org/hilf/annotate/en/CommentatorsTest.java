package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link EnglishCommentators}, data/lexicon/en/commentator_nouns.txt: a new name in apposition to "a"/"an"
 * and an occupation is a private person who speaks for no one; without the occupation, no one. Sentences
 * written for these tests.
 */
class CommentatorsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 12, 14);

    @Test
    void anAnalystAfterTheVerbSpeaksForNoOne() {
        List<String> found = statements(annotate("\"What counts is whether the money follows,\" said Kabiru Adamu, a security analyst.", DAY));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("person/en-") && found.get(0).endsWith(" for "), found.toString());
    }

    @Test
    void aResearcherBeforeTheVerbWithWordsBetween() {
        List<String> found = statements(annotate("Ana Luisa Ferreira, an environmental policy researcher at a university in Sao Paulo, "
                + "said the document was \"a list of promises\" without deadlines.", DAY));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("person/en-"), found.toString());
    }

    @Test
    void aPlaceInAppositionIsNoCommentator() {
        assertEquals(List.of(), statements(annotate("\"The port matters,\" said Port Sudan, a city on the Red Sea.", DAY)));
    }

    @Test
    void theCityACommentatorIsBasedInSpeaksForNoOne() {
        // "Nairobi-based": where the analyst works (EnglishActorRecognizer.based), not Kenya speaking
        List<String> found = statements(annotate("Amina Otieno, a Nairobi-based political analyst, said the visit was a message to Beijing.", DAY));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("person/en-") && found.get(0).endsWith(" for "), found.toString());
        // without a name the analyst is no one, and still not Kenya
        assertEquals(List.of(), statements(annotate("A Nairobi-based researcher said the visit was a message to Beijing.", DAY)));
    }

    @Test
    void anOccupationsModifiersMayNameARegionOrField() {
        for (String text : List.of("\"The declaration ends the blockade but not the mistrust,\" said Nadia Hamdan, a Gulf affairs analyst based in London.",
                "\"The real test will come later,\" said Mahad Warsame, a Horn of Africa analyst based in Nairobi.")) {
            List<String> found = statements(annotate(text, DAY));
            assertEquals(1, found.size(), text + " " + found);
            assertTrue(found.get(0).startsWith("person/en-") && found.get(0).endsWith(" for "), text + " " + found);
        }
    }

    @Test
    void theOccupationMayComeBeforeTheName() {
        // EnglishCommentators.before: "A Kinshasa-based researcher, Jean-Pierre Mbala, said"; then "According to Mbala"
        List<String> found = statements(annotate("A Kinshasa-based researcher, Jean-Pierre Mbala, said the test would come on the ground. "
                + "According to Mbala, the guns will not fall silent without a deal.", DAY));
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().allMatch(s -> s.startsWith("person/en-") && s.endsWith(" for ")), found.toString());
        // a title before the name is no occupation: the recogniser's reading stands
        assertEquals(List.of(), statements(annotate("A spokesman, Jean-Pierre Mbala, arrived on Monday.", DAY)));
    }
}
