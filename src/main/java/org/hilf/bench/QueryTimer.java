package org.hilf.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.hilf.read.Shown;

/**
 * Times the queries of a folder ({@code queries/*.rq}) on a store in this process, each in its
 * own read transaction, under the timeout the server gives every query: the first run (cold
 * caches) apart, then the median of the others. Every answer is read to its end, as a client
 * would. A query that runs into the timeout is not run again. Besides wall time, the CPU time of
 * the thread that ran it: on a machine shared with other work, wall time measures the others too.
 */
public final class QueryTimer {
    /** One query's times (medianCpuMillis: the thread's CPU time, -1 where the JVM cannot say); problem is null, "timeout" or the error. */
    public record Timing(String file, long rows, double firstMillis, double medianMillis, double medianCpuMillis, int runs,
                         String problem) { }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private final long timeoutMillis;
    private final int runs;

    /** @param runs runs of each query, the first included (at least 1) */
    public QueryTimer(long timeoutMillis, int runs) {
        this.timeoutMillis = timeoutMillis;
        this.runs = Math.max(1, runs);
    }

    /** The .rq files of {@code folder}, competency questions (q01 …) first, then the others by name. */
    public static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no query folder " + Shown.path(folder) + " (give --queries the folder of the .rq files)");
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".rq"))
                    .sorted((a, b) -> {
                        String x = a.getFileName().toString();
                        String y = b.getFileName().toString();
                        boolean qx = x.matches("q\\d+.*");
                        return qx != y.matches("q\\d+.*") ? (qx ? -1 : 1) : x.compareTo(y);
                    }).toList();
        }
    }

    public List<Timing> time(DatasetGraph dsg, List<Path> files) throws IOException {
        List<Timing> out = new ArrayList<>();
        for (Path file : files) {
            Query query;
            try {
                query = QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                out.add(new Timing(file.getFileName().toString(), 0, 0, 0, -1, 0, "does not parse: " + Shown.words(e)));
                continue;
            }
            out.add(time(dsg, file.getFileName().toString(), query));
        }
        return out;
    }

    private Timing time(DatasetGraph dsg, String name, Query query) {
        double[] millis = new double[runs];
        double[] cpu = new double[runs];
        long rows = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            long c0 = cpuNanos();
            try {
                rows = Txn.calculateRead(dsg, () -> run(dsg, query));
            } catch (QueryCancelledException e) {
                return new Timing(name, 0, i == 0 ? timeoutMillis : millis[0], timeoutMillis, -1, i + 1, "timeout");
            } catch (RuntimeException e) {
                return new Timing(name, 0, 0, 0, -1, i + 1, Shown.words(e));
            }
            millis[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = c0 < 0 ? -1 : (cpuNanos() - c0) / 1e6;
            if (millis[i] >= timeoutMillis) {
                return new Timing(name, rows, millis[0], millis[i], -1, i + 1, "timeout");
            }
        }
        return new Timing(name, rows, millis[0], warmMedian(millis), warmMedian(cpu), runs, null);
    }

    /** The median of the runs after the first (all of them when there is one). */
    private static double warmMedian(double[] all) {
        double[] warm = all.length == 1 ? all.clone() : Arrays.copyOfRange(all, 1, all.length);
        Arrays.sort(warm);
        return warm.length % 2 == 1 ? warm[warm.length / 2] : (warm[warm.length / 2 - 1] + warm[warm.length / 2]) / 2;
    }

    /** The current thread's CPU time in nanoseconds, -1 where the JVM cannot measure it (also for {@link AnnotationThroughput}). */
    static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    /** Runs the query to the end of its answer; returns its rows (or triples, or 1 for an ASK). */
    private long run(DatasetGraph dsg, Query query) {
        // the server's timeout, set the way the server sets it (HilfServer puts it in the dataset's context)
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).set(ARQ.queryTimeout, Long.toString(timeoutMillis)).build()) {
            if (query.isSelectType()) {
                long n = 0;
                for (var rows = exec.select(); rows.hasNext(); rows.next()) {
                    n++;
                }
                return n;
            }
            if (query.isAskType()) {
                return exec.ask() ? 1 : 0;
            }
            return query.isConstructType() ? exec.construct().size() : exec.describe().size();
        }
    }
}
