package org.hilf.annotate.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.hilf.annotate.AnnotatedArticle;
import org.hilf.annotate.Keys;
import org.junit.jupiter.api.Test;

/** data/lexicon/en/leader_nouns.txt: "the two leaders issued a joint press statement" is theirs, "the two sides" is not read. */
class JointIssuersTest {
    private static final String TALKS = "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul on Sunday. ";

    private static List<String> speakers(String text) {
        AnnotatedArticle d = EnglishFixture.annotate(text, LocalDate.of(2023, 5, 8));
        return d.get(Keys.STATEMENTS).stream().map(s -> String.join("+", s.speakers())).toList();
    }

    @Test
    void theTwoLeadersIssuingAJointStatementAreItsSpeakers() {
        assertEquals(List.of("person/fumio-kishida+person/yoon-suk-yeol"),
                speakers(TALKS + "The two leaders issued a joint press statement, in which they pledged to deepen security ties."));
    }

    @Test
    void theTwoSidesIssuingOneAreNotReadAsAnyone() {
        assertTrue(speakers(TALKS + "The two sides issued a joint press statement on the outcomes of the visit.").isEmpty());
    }
}
