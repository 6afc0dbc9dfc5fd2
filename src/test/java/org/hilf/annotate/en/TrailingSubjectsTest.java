package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.statements;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link EnglishSpeakers}: a verb whose own subject ("the ministry", "it") follows a comma has not the phrase
 * before that comma as its subject; those actors are what was said. Sentences written for these tests.
 */
class TrailingSubjectsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 2, 20);

    @Test
    void thePlacesOfTheWordsSaidDoNotSpeak() {
        List<String> found = statements(annotate("From South Africa, Lavrov will travel to Eswatini, Angola and Eritrea, the ministry said.", DAY));
        assertTrue(found.stream().noneMatch(f -> f.contains("state/AO") || f.contains("state/ER")), found.toString());
        // the verb's own subject after a later comma: "…, Muscat, on Wednesday, the office said"
        List<String> later = statements(annotate("Hans Grundberg met the Houthis' chief negotiator, Mohammed Abdulsalam, in the Omani "
                + "capital, Muscat, on Wednesday, the office said.", LocalDate.of(2026, 1, 12)));
        assertTrue(later.stream().noneMatch(f -> f.contains("state/OM")), later.toString());
    }

    @Test
    void aSubjectRightBeforeTheVerbStillSpeaks() {
        List<String> found = statements(annotate("On the trade deal, Japan said it would not retaliate.", DAY));
        assertTrue(found.stream().anyMatch(f -> f.startsWith("state/JP")), found.toString());
    }
}
