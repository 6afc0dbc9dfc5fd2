package org.hilf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.hilf.Ingestion;
import org.hilf.annotate.Gazetteer;
import org.hilf.graph.Iris;
import org.hilf.read.ArticleReader;
import org.hilf.store.HilfStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated articles read as news to the annotator: ingested by the ordinary code path, most
 * of their lead sentences give the event (or statement) they were written to report, with the
 * people they name. Not all: the corpus is for measuring speed at a realistic cardinality, and
 * the annotator's recall is measured elsewhere.
 */
class GeneratedEventsTest {
    private static final int ARTICLES = 30;

    @TempDir
    Path dir;

    @Test
    void theAnnotatorFindsTheLeadEventsOfMostArticles() throws Exception {
        Gazetteer gazetteer = Gazetteer.load();
        CorpusGenerator generator = new CorpusGenerator(gazetteer);
        generator.write(ARTICLES, 7, dir.resolve("corpus"));
        List<String> missed = new ArrayList<>();
        try (HilfStore store = HilfStore.open(dir.resolve("store"))) {
            Ingestion.Result r = new Ingestion(gazetteer, ArticleReader.DEFAULT_MAX_BYTES, 2)
                    .run(List.of(dir.resolve("corpus")), store, new Ingestion.Listener() {
                        @Override
                        public void started(int files) { }

                        @Override
                        public void done(Path file, boolean ok) { }
                    });
            assertTrue(r.ok(), r.failed().toString());
            assertEquals(ARTICLES, r.read());
            for (int i = 0; i < ARTICLES; i++) {
                SyntheticArticle a = generator.article(7, i);
                if (!Txn.calculateRead(store.datasetGraph(), () -> QueryExec.dataset(store.datasetGraph()).query(ask(a)).ask())) {
                    missed.add(i + " " + a.language() + " " + a.leadKind() + " " + a.leadActors());
                }
            }
        }
        System.out.println("lead facts missed in " + missed.size() + " of " + ARTICLES + " generated articles: " + missed);
        assertTrue(missed.size() <= ARTICLES / 4, missed.size() + " of " + ARTICLES + " lead facts missed: " + missed);
    }

    /**
     * An ASK for the article's lead fact: a statement by A; a meeting or reception, an event that both A
     * and B take part in; a visit, summit or agreement, an event A takes part in (their lead sentences may
     * name the other side by its state or not at all).
     */
    private static String ask(SyntheticArticle a) {
        String prefix = "PREFIX hilf: <https://w3id.org/hilf/ontology#> ASK { ";
        String role = " hilf:participant|hilf:visitor|hilf:host ";
        String first = "<" + Iris.entity(a.leadActors().get(0)).getURI() + ">";
        return switch (a.leadKind()) {
            case "statement", "presser" -> prefix + "?s a hilf:Statement ; hilf:speaker " + first + " }";
            case "meeting", "reception" -> prefix + "?e a hilf:Event ;" + role + first + " ;" + role
                    + "<" + Iris.entity(a.leadActors().get(1)).getURI() + "> }";
            default -> prefix + "?e a hilf:Event ;" + role + first + " }";
        };
    }
}
