package org.hilf.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The figures of one {@code hilf benchmark} run as a table for people and as JSON for
 * programs (sizes in bytes, times in seconds or milliseconds as the names say).
 */
public final class BenchReport {
    private static final double MB = 1 << 20;

    private BenchReport() { }

    /**
     * The annotation line, as {@code hilf benchmark} has always printed it, with the rate per core,
     * then the rate per second of the annotating threads' CPU time (steadier on a shared machine).
     */
    public static void annotation(PrintWriter out, AnnotationThroughput.Result a) {
        out.printf("%d articles (%d distinct, %.1f MB of text) on %d thread(s): %.1f s, %.0f articles/s, %.2f MB/s, %d quads (%.0f/article),"
                        + " heap in use %d MB; %.0f articles/s per core%n",
                a.articles(), a.distinct(), a.chars() / 1e6, a.threads(), a.seconds(), a.articlesPerSecond(), a.chars() / 1e6 / a.seconds(),
                a.quads(), (double) a.quads() / a.articles(), a.heapInUseBytes() >> 20, a.articlesPerSecondPerCore());
        if (a.cpuSeconds() > 0) {
            // the line above is wall time, which other processes on the machine slow down; this one counts only the
            // annotating threads' own CPU time, far steadier under load: compare two builds by it
            out.printf("Annotating threads' CPU time: %.1f s, %.0f articles per CPU second, %.3f ms of CPU per article"
                    + " (CPU time of the annotating threads only: steadier than the wall-time figures above on a shared machine)%n",
                    a.cpuSeconds(), a.articlesPerCpuSecond(), 1000 * a.cpuSeconds() / a.articles());
        }
    }

    /** The start-up line: the medians of {@link StartupProbe}'s figures over fresh JVMs. */
    public static void startup(PrintWriter out, StartupBenchmark.Result s) {
        out.printf("Start-up, median of %d fresh JVM(s): ready to annotate %d ms after the JVM started (JVM %d, gazetteer %d,"
                        + " pipeline %d ms; CPU %d ms); first article annotated at %d ms (Tika reader %d, read %d, annotate and map"
                        + " %d ms; CPU %d ms); process wall %d ms%n",
                s.runs(), s.get("ready"), s.get("jvm"), s.get("gazetteer"), s.get("pipeline"), s.get("readyCpu"), s.get("first"),
                s.get("reader"), s.get("read"), s.get("annotate"), s.get("cpu"), s.get("wall"));
    }

    /** The store table: ingest against the bulk loader, memory, disk, then the queries. */
    public static void store(PrintWriter out, StoreFigures s) {
        out.printf("%nStore: %d articles ingested (%d file(s) failed), %d in the store, %,d quads written, %,d stored%n",
                s.articlesRead(), s.articlesFailed(), s.articlesInStore(), s.quadsWritten(), s.quadsStored());
        String row = "  %-24s %8s %9s %10s %12s %14s %7s %9s %12s %10s%n";
        out.printf(row, "phase", "seconds", "quads/s", "heap peak", "after GC max", "resident peak", "GC s", "on disk", "per article",
                "disk peak");
        phase(out, row, "ingest (Ingestion.run)", s.ingestSeconds(), s.quadsStored(), s.ingestMemory(), s.ingestBytes(), s.ingestDiskPeak(),
                s.articlesRead());
        phase(out, row, "bulk loader, same quads", s.bulkSeconds(), s.nquads(), s.bulkMemory(), s.bulkBytes(), s.bulkDiskPeak(),
                s.articlesRead());
        out.printf("  ingest / bulk loader: %.2f×; disk during the ingest: %.1f× the store it leaves%n", s.ingestOverBulk(),
                (double) s.ingestDiskPeak() / s.ingestBytes());
        out.printf("  N-Quads file: %,d quads, %.0f MB, written in %.1f s; the counts hilf ingest prints afterwards: %.1f s%n",
                s.nquads(), s.nquadsBytes() / MB, s.dumpSeconds(), s.countSeconds());
        if (!s.ingestMemory().residentReset()) {
            out.println("  (resident peaks are since the process began: /proc/self/clear_refs could not reset them)");
        }
        queries(out, "the ingested store", s.queries());
    }

    /** The table of query times: first run, then the medians of the others, wall and the thread's CPU. */
    public static void queries(PrintWriter out, String store, List<QueryTimer.Timing> timings) {
        if (timings.isEmpty()) {
            return;
        }
        QueryTimer.Timing any = timings.get(0);
        out.printf("%nQueries on %s, in process (first run, then the median of the other %d; the server's timeout):%n",
                store, Math.max(1, any.runs() - 1));
        String q = "  %-40s %8s %10s %10s %10s  %s%n";
        out.printf(q, "query", "rows", "first ms", "median ms", "cpu ms", "");
        for (QueryTimer.Timing t : timings) {
            out.printf(q, t.file(), t.rows(), String.format("%.1f", t.firstMillis()), String.format("%.1f", t.medianMillis()),
                    t.medianCpuMillis() < 0 ? "n/a" : String.format("%.1f", t.medianCpuMillis()), t.problem() == null ? "" : t.problem());
        }
    }

    private static void phase(PrintWriter out, String row, String name, double seconds, long quads, MemoryWatch.Use m, long bytes, long diskPeak,
                              int articles) {
        out.printf(row, name, String.format("%.1f", seconds), String.format("%,.0f", quads / seconds),
                String.format("%,.0f MB", m.heapPeakBytes() / MB), String.format("%,.0f MB", m.heapAfterGcPeakBytes() / MB),
                m.residentPeakBytes() < 0 ? "n/a" : String.format("%,.0f MB", m.residentPeakBytes() / MB),
                String.format("%.1f", m.gcMillis() / 1000.0), String.format("%,.0f MB", bytes / MB),
                articles == 0 ? "n/a" : String.format("%,.0f KB", bytes / 1024.0 / articles), String.format("%,.0f MB", diskPeak / MB));
    }

    /** Writes the figures as JSON; {@code store} and {@code startup} may be null (not measured). */
    public static void json(Path file, AnnotationThroughput.Result a, StoreFigures store, StartupBenchmark.Result startup) throws IOException {
        JsonObject root = new JsonObject();
        JsonObject ann = new JsonObject();
        ann.put("articles", a.articles());
        ann.put("distinct", a.distinct());
        ann.put("chars", a.chars());
        ann.put("threads", a.threads());
        ann.put("seconds", num(a.seconds()));
        ann.put("articlesPerSecond", num(a.articlesPerSecond()));
        ann.put("articlesPerSecondPerCore", num(a.articlesPerSecondPerCore()));
        ann.put("cpuSeconds", num(a.cpuSeconds()));
        ann.put("articlesPerCpuSecond", num(a.articlesPerCpuSecond()));
        ann.put("quads", a.quads());
        root.put("annotation", ann);
        if (startup != null) {
            JsonObject st = new JsonObject();
            st.put("runs", startup.runs());
            startup.medians().forEach((k, v) -> st.put(k + "Millis", v));
            root.put("startup", st);
        }
        if (store != null) {
            root.put("store", store(store));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            JSON.write(out, root);
        }
    }

    private static JsonObject store(StoreFigures s) {
        JsonObject o = new JsonObject();
        o.put("articlesRead", s.articlesRead());
        o.put("articlesFailed", s.articlesFailed());
        o.put("articlesInStore", s.articlesInStore());
        o.put("quadsWritten", s.quadsWritten());
        o.put("quadsStored", s.quadsStored());
        o.put("ingest", phase(s.ingestSeconds(), s.quadsStored(), s.ingestMemory(), s.ingestBytes(), s.ingestDiskPeak(), s.articlesRead()));
        o.put("bulk", phase(s.bulkSeconds(), s.nquads(), s.bulkMemory(), s.bulkBytes(), s.bulkDiskPeak(), s.articlesRead()));
        o.put("ingestOverBulk", num(s.ingestOverBulk()));
        o.put("countSeconds", num(s.countSeconds()));
        o.put("nquads", s.nquads());
        o.put("nquadsBytes", s.nquadsBytes());
        o.put("dumpSeconds", num(s.dumpSeconds()));
        JsonArray queries = new JsonArray();
        for (QueryTimer.Timing t : s.queries()) {
            JsonObject q = new JsonObject();
            q.put("file", t.file());
            q.put("rows", t.rows());
            q.put("runs", t.runs());
            q.put("firstMillis", num(t.firstMillis()));
            q.put("medianMillis", num(t.medianMillis()));
            q.put("medianCpuMillis", num(t.medianCpuMillis()));
            if (t.problem() != null) {
                q.put("problem", t.problem());
            }
            queries.add(q);
        }
        o.put("queries", queries);
        return o;
    }

    private static JsonObject phase(double seconds, long quads, MemoryWatch.Use m, long bytes, long diskPeak, int articles) {
        JsonObject o = new JsonObject();
        o.put("seconds", num(seconds));
        o.put("quadsPerSecond", num(quads / seconds));
        o.put("heapPeakBytes", m.heapPeakBytes());
        o.put("heapAfterGcPeakBytes", m.heapAfterGcPeakBytes());
        o.put("residentPeakBytes", m.residentPeakBytes());
        o.put("residentPeakReset", m.residentReset());
        o.put("gcMillis", m.gcMillis());
        o.put("bytesOnDisk", bytes);
        o.put("bytesPerArticle", articles == 0 ? 0 : bytes / articles);
        o.put("diskPeakBytes", diskPeak);
        return o;
    }

    private static JsonNumber num(double d) {
        return JsonNumber.value(Double.isFinite(d) ? BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP) : BigDecimal.ZERO);
    }
}
