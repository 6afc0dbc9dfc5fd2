package org.hilf.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.hilf.Ingestion;
import org.hilf.TestFiles;
import org.hilf.cli.HilfCommand;
import org.hilf.store.HilfStore;
import org.hilf.store.StoreQuads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The Spark job in local mode, then hilf load: the store an ingest of the same files gives. */
@org.junit.jupiter.api.Tag("spark")
class AnnotateJobTest {
    static JavaSparkContext sc;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(AnnotateJob.configure(new SparkConf().setMaster("local[2]")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")));
    }

    @AfterAll
    static void stop() {
        sc.close();
    }

    @Test
    void theJobAndHilfLoadGiveTheStoreIngestGivesAndReportTheBadFile() throws IOException {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.write(bad.resolve("corrupt.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> broken".getBytes(StandardCharsets.US_ASCII));
        List<Path> inputs = List.of(TestFiles.ARTICLES.toAbsolutePath(), bad.toAbsolutePath());
        Path out = dir.resolve("out");

        AnnotateJob.Summary s = AnnotateJob.run(sc, inputs.stream().map(Path::toString).toList(), out.toString(), 3,
                AnnotateJob.DEFAULT_MAX_BYTES);
        assertEquals(5, s.articles());
        assertEquals(1, s.failed());
        assertTrue(s.failures().get(0).file().endsWith("/bad/corrupt.pdf"), s.failures().toString());

        // the report: one line per file, bad file named with the reason ingest gives
        Map<String, ReportRow> report = new java.util.HashMap<>();
        try (var parts = Files.list(out.resolve("report"))) {
            for (Path p : parts.filter(p -> p.toString().endsWith(".csv")).toList()) {
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                assertEquals(ReportRow.HEADER, lines.get(0));
                lines.subList(1, lines.size()).stream().map(ReportRow::parse).forEach(r -> report.put(r.file(), r));
            }
        }
        assertEquals(6, report.size(), report.keySet().toString());
        ReportRow corrupt = report.get(bad.toAbsolutePath().resolve("corrupt.pdf").toString());
        assertEquals(ReportRow.FAILED, corrupt.status());
        assertTrue(corrupt.reason().startsWith("cannot parse as application/pdf"), corrupt.reason());
        assertEquals(s.quads(), report.values().stream().mapToLong(ReportRow::quads).sum());

        List<Path> partitions;
        try (var parts = Files.list(out.resolve("nquads"))) {
            partitions = parts.filter(p -> p.toString().endsWith(".nq.gz")).sorted().toList();
        }
        assertTrue(partitions.size() >= 2, "partitions: " + partitions);
        assertTrue(Files.isRegularFile(out.resolve("reference/reference.nq.gz")));

        // ingest of the same files, then hilf load of the partitions: the same quads in every named graph
        Path ingested = dir.resolve("ingested");
        Path loaded = dir.resolve("loaded");
        try (HilfStore st = HilfStore.open(ingested)) {
            Ingestion.Result r = Ingestion.standard().run(inputs, st, new Ingestion.Listener() {
                @Override
                public void started(int files) { }

                @Override
                public void done(Path file, boolean ok) { }
            });
            assertEquals(List.of(corrupt.file() + ": " + corrupt.reason()), r.failed(), "the reason ingest gives");
        }
        List<String> args = new ArrayList<>(List.of("load", "--store", loaded.toString()));
        partitions.forEach(p -> args.add(p.toString()));
        StringWriter o = new StringWriter();
        CommandLine cl = HilfCommand.commandLine();
        cl.setOut(new PrintWriter(o));
        assertEquals(0, cl.execute(args.toArray(String[]::new)), o.toString());
        assertTrue(o.toString().startsWith("Loaded 5 article(s) from " + partitions.size() + " file(s)"), o.toString());
        try (HilfStore a = HilfStore.open(ingested); HilfStore b = HilfStore.open(loaded)) {
            StoreQuads.assertSameGraphs(a, b);
        }
    }
}
