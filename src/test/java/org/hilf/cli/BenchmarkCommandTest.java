package org.hilf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.hilf.cli.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `hilf benchmark --generate` and `--store` as a user runs them, on a few articles (figures are not checked: no timed tests). */
class BenchmarkCommandTest {
    @TempDir
    Path dir;

    @Test
    void generateThenMeasureTheStore() throws Exception {
        Path corpus = dir.resolve("corpus");
        Run g = CliTest.run("benchmark", "--generate", "6", "--seed", "3", corpus.toString());
        assertEquals(0, g.code(), g.err());
        assertTrue(g.out().startsWith("6 articles ("), g.out());
        assertTrue(Files.isRegularFile(corpus.resolve("META.tsv")));

        Path work = dir.resolve("bench");
        Path json = dir.resolve("bench.json");
        Run b = CliTest.run("benchmark", "--articles", "6", "--warmup", "0", "--threads", "1", "--query-runs", "2",
                "--store", work.toString(), "--json", json.toString(), corpus.toString());
        assertEquals(0, b.code(), b.err());
        assertTrue(b.out().contains("articles/s per core"), b.out());
        assertTrue(b.out().contains("articles per CPU second"), "the annotating threads' CPU time too: " + b.out());
        assertTrue(b.out().contains("ingest / bulk loader: "), b.out());
        assertTrue(b.out().contains("q01-states-nato-met-2023.rq"), b.out());
        assertTrue(Files.isDirectory(work.resolve("ingest")), "the ingested store is kept");
        assertFalse(Files.exists(work.resolve("quads.nq")) || Files.exists(work.resolve("bulk")), "the bulk side is removed");

        JsonObject figures = JSON.read(json.toString());
        JsonObject store = figures.get("store").getAsObject();
        assertEquals(6, store.get("articlesRead").getAsNumber().value().intValue());
        JsonArray queries = store.get("queries").getAsArray();
        try (var rq = Files.list(Path.of("queries"))) {
            assertEquals(rq.filter(p -> p.toString().endsWith(".rq")).count(), queries.size());
        }

        // the queries alone, on the store the benchmark kept
        Run t = CliTest.run("benchmark", "--time-queries", "--query-runs", "2", work.resolve("ingest").toString());
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().contains("cpu ms") && t.out().contains("people-titles-affiliations.rq"), t.out());
    }

    @Test
    void startupIsMeasuredInAFreshJvm() throws Exception {
        Path json = dir.resolve("startup.json");
        Run b = CliTest.run("benchmark", "--startup", "1", "--articles", "1", "--warmup", "0", "--threads", "1",
                "--json", json.toString(), "data/articles");
        assertEquals(0, b.code(), b.err());
        assertTrue(b.out().startsWith("Start-up, median of 1 fresh JVM(s): ready to annotate "), b.out());
        assertTrue(b.out().contains("articles/s per core"), "the throughput is measured too: " + b.out());
        JsonObject startup = JSON.read(json.toString()).get("startup").getAsObject();
        assertEquals(1, startup.get("runs").getAsNumber().value().intValue());
        for (String k : new String[] {"readyMillis", "readyCpuMillis", "gazetteerMillis", "pipelineMillis", "firstMillis", "wallMillis"}) {
            assertTrue(startup.get(k).getAsNumber().value().longValue() > 0, k + " in " + startup);
        }
        assertEquals(2, CliTest.run("benchmark", "--startup", "0", "data/articles").code(), "at least one run");
    }

    @Test
    void foldersInUseAreRefusedByName() throws Exception {
        Path taken = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(taken.resolve("x.txt"), "mine");
        Run g = CliTest.run("benchmark", "--generate", "3", taken.toString());
        assertEquals(HilfCommand.ERROR, g.code(), g.err());
        assertTrue(g.err().contains(taken.toString()) && g.err().contains("not empty"), g.err());

        Run b = CliTest.run("benchmark", "--articles", "1", "--store", taken.toString(), "data/articles");
        assertEquals(HilfCommand.ERROR, b.code(), b.err());
        assertTrue(b.err().contains(taken.toString()) && b.err().contains("not empty"), b.err());
        assertEquals("", b.out(), "refused before the annotation runs");

        Run q = CliTest.run("benchmark", "--articles", "1", "--store", dir.resolve("new").toString(), "--queries",
                dir.resolve("none").toString(), "data/articles");
        assertEquals(HilfCommand.ERROR, q.code(), q.err());
        assertTrue(q.err().contains("no query folder " + dir.resolve("none")), q.err());
    }
}
