package org.hilf.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.hilf.Ingestion;
import org.hilf.annotate.Gazetteer;
import org.hilf.read.ArticleReader;
import org.hilf.store.HilfStore;

/**
 * An evaluation run: the articles ingested into a temporary store by the same path as `hilf
 * ingest`, then each gold article's graph judged against its gold facts. The store is deleted
 * afterwards.
 *
 * @param perArticle  each gold article's tally, in gold order
 * @param overall     the sum
 * @param differences one line per wrong, duplicated or missed fact
 * @param notes       articles the gold names but the ingest did not store, and ingest failures
 */
public record Evaluation(Map<String, Tally> perArticle, Tally overall, List<String> differences, List<String> notes) {

    /**
     * The ingestion an evaluation runs: that of `hilf ingest`, except that an article is keyed by its
     * text alone (as `--dedupe` does), not by its path and text. The key names the article's events
     * and unnamed officials, and their order breaks ties when facts are matched, so a set keyed by
     * path gave a slightly different report in another folder; keyed by text it gives the same
     * report wherever it lies. Two files of the same text count as one article (a note says so).
     */
    public static Ingestion ingestion(Gazetteer gazetteer) {
        return new Ingestion(gazetteer, ArticleReader.DEFAULT_MAX_BYTES, Runtime.getRuntime().availableProcessors(),
                Ingestion.DEFAULT_MAX_QUADS, true);
    }

    public static Evaluation run(GoldFacts gold, List<Path> paths, Ingestion ingestion) {
        Path dir;
        try {
            dir = Files.createTempDirectory("hilf-evaluate-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary store", e);
        }
        try (HilfStore store = HilfStore.open(dir)) {
            Ingestion.Result r = ingestion.run(paths, store, new Ingestion.Listener() {
                @Override
                public void started(int files) { }

                @Override
                public void done(Path file, boolean ok) { }
            });
            List<String> notes = new ArrayList<>(r.failed());
            return Txn.calculateRead(store.dataset(), () -> judge(gold, new ExtractedFacts(store.datasetGraph()), notes));
        } finally {
            delete(dir);
        }
    }

    private static Evaluation judge(GoldFacts gold, ExtractedFacts graph, List<String> notes) {
        Map<String, Tally> per = new LinkedHashMap<>();
        Tally all = new Tally();
        List<String> diffs = new ArrayList<>();
        FactScorer scorer = new FactScorer(graph, diffs::add);
        for (String article : gold.articles()) {
            Node g = graph.graphOf(article);
            Tally t;
            if (g == null) {
                notes.add(article + ": named in the gold but not stored (not under the given paths, or it failed)");
                t = scorer.score(article, gold.events(article), List.of(), gold.statements(article), List.of());
            } else {
                t = scorer.score(article, gold.events(article), graph.events(g), gold.statements(article), graph.statements(g));
            }
            per.put(article, t);
            all.add(t);
        }
        return new Evaluation(per, all, diffs, notes);
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind costs disk, not correctness
        }
    }
}
