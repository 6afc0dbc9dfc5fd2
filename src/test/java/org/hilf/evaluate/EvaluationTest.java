package org.hilf.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.hilf.Ingestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fact-level evaluation: the gold format is read strictly, actor references match as documented,
 * and the annotator's figures on the seeds and the Arabic development set do not fall below the
 * last measured ones. The floors are a ratchet, raised with every annotator commit that raises
 * the figures; the targets of the event-frame issue (strict event precision 0.90, event recall 0.85,
 * statement precision 0.95, statement recall 0.85) are not reached yet (see the README).
 */
class EvaluationTest {
    @TempDir
    Path dir;

    private static final Ingestion INGESTION = Evaluation.ingestion(org.hilf.annotate.Gazetteer.load());

    @Test
    void theSeedsStayAtOrAboveTheirMeasuredFigures() {
        Tally t = Evaluation.run(GoldFacts.read(List.of(Path.of("src/test/resources/gold/seeds.tsv"))),
                List.of(Path.of("data/articles")), INGESTION).overall();
        System.out.println("seeds: " + t.figures());
        assertAtLeast(t, 0.68, 0.44, 0.86, 0.72);
    }

    @Test
    void theArabicDevelopmentSetStaysAtOrAboveItsMeasuredFigures() {
        Evaluation ev = Evaluation.run(GoldFacts.read(List.of(Path.of("src/test/resources/dev/ar/gold.tsv"))),
                List.of(Path.of("src/test/resources/dev/ar/articles")), INGESTION);
        System.out.println("dev ar: " + ev.overall().figures());
        assertEquals(255, ev.perArticle().size());
        assertTrue(ev.notes().isEmpty(), ev.notes().toString());
        assertAtLeast(ev.overall(), 0.64, 0.49, 0.955, 0.885);
    }

    @Test
    void theEnglishDevelopmentSetStaysAtOrAboveItsMeasuredFigures() {
        Evaluation ev = Evaluation.run(GoldFacts.read(List.of(Path.of("src/test/resources/dev/en/gold.tsv"))),
                List.of(Path.of("src/test/resources/dev/en/articles")), INGESTION);
        System.out.println("dev en: " + ev.overall().figures());
        assertEquals(226, ev.perArticle().size());
        assertTrue(ev.notes().isEmpty(), ev.notes().toString());
        assertAtLeast(ev.overall(), 0.65, 0.518, 0.95, 0.86);
    }

    private static void assertAtLeast(Tally t, double eventP, double eventR, double statementP, double statementR) {
        assertTrue(t.eventPrecision() >= eventP, "event precision " + t.figures());
        assertTrue(t.eventRecall() >= eventR, "event recall " + t.figures());
        assertTrue(t.statementPrecision() >= statementP, "statement precision " + t.figures());
        assertTrue(t.statementRecall() >= statementR, "statement recall " + t.figures());
    }

    @Test
    void aMalformedGoldLineIsNamedWithFileLineAndReason() throws Exception {
        String header = String.join("\t", GoldFacts.COLUMNS) + "\n";
        Object[][] bad = {
                {"a.txt\tevent\tParty\tJP|US\t\t\t2024\tfalse\tcue", "type must be one of"},
                {"a.txt\tevent\tMeeting\t\t\t\t2024\tfalse\tcue", "needs its participants"},
                {"a.txt\tevent\tMeeting\tJP|Japan\t\t\t2024\tfalse\tcue", "'Japan' is not an actor reference"},
                {"a.txt\tevent\tMeeting\tJP|US\t\t\t24\tfalse\tcue", "four-digit year"},
                {"a.txt\tevent\tMeeting\tJP|US\t\t\t2024\tmaybe\tcue", "planned must be true or false"},
                {"a.txt\tstatement\t\t\t\t\t2024\t\tcue", "needs its speaker"},
                {"a.txt\topinion\t\t\t\t\t\t\t", "kind must be"},
        };
        for (Object[] b : bad) {
            Path f = dir.resolve("g.tsv");
            Files.writeString(f, header + b[0] + "\n");
            GoldFacts.FormatException e = assertThrows(GoldFacts.FormatException.class, () -> GoldFacts.read(List.of(f)));
            assertTrue(e.getMessage().startsWith("g.tsv:2: ") && e.getMessage().contains((String) b[1]), e.getMessage());
        }
        Path noHeader = dir.resolve("h.tsv");
        Files.writeString(noHeader, "a.txt\tnone\n");
        assertTrue(assertThrows(GoldFacts.FormatException.class, () -> GoldFacts.read(List.of(noHeader))).getMessage()
                .contains("header"));
    }

    @Test
    void actorReferencesMatchAsDocumented() {
        ActorRef.Actor japan = new ActorRef.Actor("state/JP", false, Set.of("اليابان"), Set.of(), null);
        ActorRef.Actor ministry = new ActorRef.Actor("org/foreign-ministry-JP", false, Set.of("الخارجية اليابانية"), Set.of(), "state/JP");
        ActorRef.Actor rutte = new ActorRef.Actor("person/mark-rutte", true, Set.of("مارك روته", "Mark Rutte"), Set.of("org/nato"), null);
        assertTrue(ActorRef.matches("JP", japan));
        assertTrue(ActorRef.matches("JP", ministry), "a state's ministry acts as the state");
        assertTrue(ActorRef.matches("p:مارك روته", rutte));
        assertTrue(ActorRef.matches("p:Mark Rutte", rutte));
        assertTrue(ActorRef.matches("p:روته", rutte), "a surname alone is the last word of the name");
        assertFalse(ActorRef.matches("p:مارك", rutte), "a first name alone is not");
        assertTrue(ActorRef.matches("role:secretary_general@nato", rutte));
        assertTrue(ActorRef.matches("role:official@JP", japan), "an unnamed official: the state speaks");
        assertFalse(ActorRef.matches("role:official@JP", rutte));
        assertFalse(ActorRef.matches("nato", rutte));
    }
}
