package org.hilf.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

import org.hilf.TestFiles;
import org.hilf.read.Article;
import org.hilf.read.ArticleReader;
import org.hilf.read.Manifest;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of actor recognition against the hand-made gold file of the bundled
 * articles (src/test/resources/gold/, with its guidelines). A mention is right when its span
 * and its actor are the gold's; people the gazetteer does not know count as right when the
 * gold also marks them new. The misses and false alarms are written to
 * target/gold-actors-report.tsv for whoever improves the recogniser.
 */
class GoldActorsTest {
    static final double MIN_PRECISION = 0.95;
    static final double MIN_RECALL = 0.90;

    record Key(String file, int start, int end, String entity) { }

    @Test
    void precisionAndRecallOnTheBundledArticles() throws Exception {
        Set<Key> gold = new HashSet<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/gold/actors.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            gold.add(new Key(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), normalise(c[5])));
        }
        Set<String> files = new HashSet<>();
        gold.forEach(k -> files.add(k.file()));

        AnnotationPipeline pipeline = Annotators.standard(Gazetteer.load());
        ArticleReader reader = new ArticleReader();
        Manifest manifest = Manifest.of(TestFiles.ARTICLES);
        Set<Key> found = new HashSet<>();
        TreeMap<Key, String> surfaces = new TreeMap<>((a, b) -> a.file().equals(b.file())
                ? Integer.compare(a.start(), b.start()) : a.file().compareTo(b.file()));
        for (String f : files) {
            Path p = TestFiles.ARTICLES.resolve(f);
            Article a = reader.read(p, manifest.entryFor(p));
            for (ActorMention m : pipeline.annotate(a).get(Keys.ACTORS)) {
                Key k = new Key(f, m.span().start(), m.span().end(), normalise(m.entityId()));
                found.add(k);
                surfaces.put(k, m.surface());
            }
        }
        Set<Key> right = new HashSet<>(found);
        right.retainAll(gold);
        double precision = found.isEmpty() ? 0 : (double) right.size() / found.size();
        double recall = (double) right.size() / gold.size();

        List<String> report = new ArrayList<>();
        report.add("kind\tfile\tstart\tend\tentity\tsurface");
        for (Key k : found) {
            if (!gold.contains(k)) {
                report.add("false\t" + k.file() + "\t" + k.start() + "\t" + k.end() + "\t" + k.entity() + "\t" + surfaces.get(k));
            }
        }
        List<String> g = Files.readAllLines(Path.of("src/test/resources/gold/actors.tsv"), StandardCharsets.UTF_8);
        for (String line : g.subList(1, g.size())) {
            String[] c = line.split("\t", -1);
            Key k = new Key(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), normalise(c[5]));
            if (!found.contains(k)) {
                report.add("missed\t" + c[0] + "\t" + c[1] + "\t" + c[2] + "\t" + c[5] + "\t" + c[3]);
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/gold-actors-report.tsv"), report, StandardCharsets.UTF_8);
        String summary = String.format(Locale.ROOT, "actors: precision %.3f, recall %.3f (%d right, %d found, %d gold)",
                precision, recall, right.size(), found.size(), gold.size());
        System.out.println(summary);
        assertTrue(precision >= MIN_PRECISION, summary);
        assertTrue(recall >= MIN_RECALL, summary);
    }

    /** New people are compared as "new": their ids are hashes here and names in the gold. */
    static String normalise(String entity) {
        return entity.startsWith("new:") || entity.startsWith("person/ar-") ? "new" : entity;
    }

}
