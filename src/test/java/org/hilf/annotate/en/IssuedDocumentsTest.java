package org.hilf.annotate.en;

import static org.hilf.annotate.en.EnglishFixture.annotate;
import static org.hilf.annotate.en.EnglishFixture.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * data/lexicon/en/speech.tsv: "according to the final communique" is the communique's organization
 * speaking; issuing something is no speech; a signed declaration and a negated verb of speech are no
 * statement. On literal examples written for this test.
 */
class IssuedDocumentsTest {
    private static final LocalDate DAY = LocalDate.of(2023, 7, 12);

    @Test
    void issuingADecreeOrAStatementAloneIsNoJointDocument() {
        assertTrue(statements(annotate("Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol "
                + "in Vilnius on Wednesday. The two leaders issued visas to journalists.", DAY)).isEmpty());
    }

    @Test
    void accordingToTheFinalCommuniqueTheSummitsOrganizationSpeaks() {
        List<String> got = statements(annotate("NATO leaders held their annual summit in Vilnius on Tuesday. "
                + "According to the final communique, the allies agreed to spend at least 2% of GDP on defence.", DAY));
        assertEquals(List.of("org/nato for org/nato"), got);
    }

    @Test
    void aSignedJointDeclarationIsNoStatement() {
        // data/lexicon/en/signing_verbs.txt
        assertTrue(statements(annotate("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol "
                + "signed a joint declaration on defence cooperation in Vilnius on Wednesday.", DAY)).isEmpty());
    }

    @Test
    void aVerbOfSpeechAfterANegationSaysNothing() {
        // data/lexicon/en/speech_negations.txt
        assertTrue(statements(annotate("President Joe Biden has not confirmed whether he will attend.", DAY)).isEmpty());
        assertEquals(List.of("person/joe-biden for state/US"), statements(annotate("President Joe Biden confirmed that he will attend.", DAY)));
    }
}
