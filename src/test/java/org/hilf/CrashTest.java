package org.hilf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.hilf.cli.HilfCommand;
import org.hilf.graph.HilfShapes;
import org.hilf.graph.Vocab;
import org.hilf.store.HilfStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during ingest and during compaction, several times, in a child JVM: the store must open
 * every time, validate, hold every article whole or not at all, and keep one data generation.
 */
class CrashTest {
    @TempDir
    Path dir;

    static final int ARTICLES = 24;
    static final List<String> SMALL_BATCHES = List.of("-Dhilf.batchArticles=2", "-Dhilf.compactAfter=4");

    @Test
    void killsDuringIngestAndCompactionLoseNoWholeArticleAndLeaveNoHalfOne() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String[] seeds = TestFiles.ARTICLES.toFile().list((d, n) -> n.endsWith(".txt"));
        java.util.Arrays.sort(seeds);
        for (int i = 0; i < ARTICLES; i++) {
            String text = Files.readString(TestFiles.ARTICLES.resolve(seeds[i % seeds.length]));
            Files.writeString(in.resolve(String.format("a%02d.txt", i)), text + "\nنسخة رقم " + i + ".", StandardCharsets.UTF_8);
        }
        Map<String, Set<Quad>> reference = articles(dir.resolve("reference"), in);
        assertEquals(ARTICLES, reference.size());

        Path store = dir.resolve("store");
        Random random = new Random(8);
        int killedWhileWriting = 0;
        for (int round = 0; round < 4; round++) {
            Process p = ChildJvm.builder(ChildJvm.command(false, SMALL_BATCHES, HilfCommand.class.getName(),
                    "ingest", "--store", store.toString(), in.toString()), Map.of("HILF_LOG", dir.resolve("log").toString()))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("ingest.out").toFile()).start();
            // the child needs about 2 s to start and load the gazetteer; its writes come after
            boolean ended = p.waitFor(2000 + random.nextInt(4000), TimeUnit.MILLISECONDS);
            if (!ended) {
                p.destroyForcibly().waitFor();
                killedWhileWriting++;
            }
            checkWhole(store, reference, "after kill " + round + " during ingest");
        }
        assertTrue(killedWhileWriting >= 2, "only " + killedWhileWriting + " kills landed during the ingest");

        for (int round = 0; round < 3; round++) {
            Process p = ChildJvm.builder(ChildJvm.command(false, List.of(), CompactForever.class.getName(), store.toString()),
                    Map.of()).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null && !line.contains("compacting")) {
                    // wait until it compacts
                }
                Thread.sleep(random.nextInt(1500));
                p.destroyForcibly().waitFor();
            }
            checkWhole(store, reference, "after kill " + round + " during compaction");
        }

        // A generation left behind by a kill between TDB2's rename and its delete is removed on the next open.
        Path current;
        try (Stream<Path> s = Files.list(store)) {
            current = s.filter(x -> x.getFileName().toString().matches("Data-\\d+")).findFirst().orElseThrow();
        }
        copyTree(current, store.resolve("Data-0000"));
        checkWhole(store, reference, "after a left-over generation");

        ChildJvm.Run last = ChildJvm.run(ChildJvm.command(false, SMALL_BATCHES, HilfCommand.class.getName(),
                "ingest", "--store", store.toString(), in.toString()), Map.of("HILF_LOG", dir.resolve("log").toString()), 300);
        assertEquals(0, last.code(), last.out() + last.err());
        assertEquals(ARTICLES, checkWhole(store, reference, "after a whole ingest"));
    }

    /** Opens the store, checks it, and returns how many articles it holds. */
    static int checkWhole(Path store, Map<String, Set<Quad>> reference, String when) throws IOException {
        if (!Files.exists(store)) {
            return 0;
        }
        Map<String, Set<Quad>> stored;
        try (HilfStore s = HilfStore.open(store)) {
            stored = byArticle(s.datasetGraph());
            DatasetGraph dsg = s.datasetGraph();
            Txn.executeRead(dsg, () -> HilfShapes.validate(dsg.getUnionGraph()));
            // the people summary was written in the transactions of the articles: it agrees with what is there
            Set<org.apache.jena.graph.Triple> kept = Txn.calculateRead(dsg, () -> new HashSet<>(dsg.getGraph(Vocab.PEOPLE_GRAPH).find().toList()));
            Txn.executeWrite(dsg, () -> org.hilf.store.PeopleSummary.rebuild(dsg));
            assertEquals(Txn.calculateRead(dsg, () -> new HashSet<>(dsg.getGraph(Vocab.PEOPLE_GRAPH).find().toList())), kept,
                    when + ": the people summary");
        }
        // opening cleaned up whatever an interrupted compaction left: one generation, no temporary folder
        try (Stream<Path> s = Files.list(store)) {
            List<String> generations = s.map(x -> x.getFileName().toString()).filter(n -> n.startsWith("Data-")).toList();
            assertEquals(1, generations.size(), when + ": data generations " + generations);
        }
        for (Map.Entry<String, Set<Quad>> e : stored.entrySet()) {
            Set<Quad> expected = reference.get(e.getKey());
            assertTrue(expected != null, when + ": an article that was never ingested: " + e.getKey());
            assertEquals(expected, e.getValue(), when + ": " + e.getKey() + " is not whole");
        }
        return stored.size();
    }

    /** Each article's quads (blank nodes aside: a re-parse labels them anew) by its source file name. */
    static Map<String, Set<Quad>> byArticle(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<Node, String> source = new HashMap<>();
            dsg.find(Node.ANY, Node.ANY, Vocab.SOURCE_PATH, Node.ANY).forEachRemaining(q ->
                    source.put(q.getGraph(), Path.of(q.getObject().getLiteralLexicalForm()).getFileName().toString()));
            Map<String, Set<Quad>> out = new HashMap<>();
            dsg.find().forEachRemaining(q -> {
                String name = source.get(q.getGraph());
                if (name != null && !q.getSubject().isBlank() && !q.getObject().isBlank()) {
                    out.computeIfAbsent(name, k -> new HashSet<>()).add(q);
                }
            });
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (!source.containsKey(g) && Vocab.isArticleGraph(g)) {
                    out.put("a graph with no article: " + g, Set.of());
                }
            });
            return out;
        });
    }

    /** The articles of one uninterrupted ingest, in process. */
    static Map<String, Set<Quad>> articles(Path storeDir, Path in) {
        try (HilfStore s = HilfStore.open(storeDir)) {
            Ingestion.Result r = Ingestion.standard().run(List.of(in), s, new EndToEndTest.Silent());
            assertTrue(r.ok(), r.failed().toString());
            return byArticle(s.datasetGraph());
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
