package org.hilf.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.riot.system.StreamRDFBase;
import org.hilf.annotate.AnnotationPipeline;
import org.hilf.annotate.Annotators;
import org.hilf.annotate.Background;
import org.hilf.annotate.Gazetteer;
import org.hilf.graph.ArticleMapper;
import org.hilf.read.Article;
import org.hilf.read.ArticleFiles;
import org.hilf.read.ArticleReader;

/**
 * One start-up, in the JVM it runs in: the steps {@code hilf ingest} takes before and for its first
 * article, in its order, each timed. {@link StartupBenchmark} runs it in fresh JVMs:
 *
 * <pre>java -cp hilf.jar org.hilf.bench.StartupProbe [--gazetteer DIR] PATH...</pre>
 *
 * It prints one line, {@code hilf-startup key=millis ...}, with the keys of {@link #KEYS}:
 * {@code jvm} the JVM's uptime when main began; {@code gazetteer} loading it; {@code pipeline}
 * building the annotation pipeline and the mapper; {@code ready} the uptime then (JVM start until
 * the annotator can annotate: the figure issue 10 asks to keep under 2 s); {@code readyCpu} the
 * process's CPU time then (all threads, JIT compilers and GC included: on a shared machine a steadier
 * figure than the wall clock); {@code reader} waiting
 * for Tika's reader, which is built meanwhile as {@code Ingestion} builds it, once the pipeline is
 * built; {@code read} finding and reading the first article of PATH; {@code annotate}
 * annotating and mapping it; {@code first} the uptime then; {@code cpu} the process's CPU time then.
 */
public final class StartupProbe {
    /** The keys of the line, in order. */
    public static final List<String> KEYS = List.of("jvm", "gazetteer", "pipeline", "ready", "readyCpu", "reader", "read", "annotate", "first",
            "cpu");
    /** The line's first word. */
    public static final String PREFIX = "hilf-startup";

    private StartupProbe() { }

    public static void main(String[] args) throws Exception {
        // the libraries' log goes to the error stream, which the benchmark does not read
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        Path gazetteerDir = null;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--gazetteer") && i + 1 < args.length) {
                gazetteerDir = Path.of(args[++i]);
            } else {
                paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            System.err.println("usage: StartupProbe [--gazetteer DIR] PATH...");
            System.exit(2);
        }
        System.out.println(format(run(gazetteerDir, paths)));
    }

    /** Runs the steps and returns the figures by key, in milliseconds. */
    static Map<String, Long> run(Path gazetteerDir, List<Path> paths) throws Exception {
        Map<String, Long> f = new LinkedHashMap<>();
        f.put("jvm", uptime());
        long t = System.nanoTime();
        Gazetteer gazetteer = gazetteerDir == null ? Gazetteer.load() : Gazetteer.load(gazetteerDir);
        t = lap(f, "gazetteer", t);
        Background<ArticleReader> building = Background.start("hilf-reader", ArticleReader::new);
        AnnotationPipeline pipeline = Annotators.standard(gazetteer);
        ArticleMapper mapper = new ArticleMapper(gazetteer);
        t = lap(f, "pipeline", t);
        f.put("ready", uptime());
        f.put("readyCpu", cpuMillis());
        ArticleReader reader = building.join();
        t = lap(f, "reader", t);
        List<ArticleFiles.Candidate> files = ArticleFiles.collect(paths).candidates();
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no article file in " + paths);
        }
        Article article = reader.read(files.get(0).file(), files.get(0).hint());
        t = lap(f, "read", t);
        mapper.map(pipeline.annotate(article), new StreamRDFBase());
        lap(f, "annotate", t);
        f.put("first", uptime());
        f.put("cpu", cpuMillis());
        return f;
    }

    private static long lap(Map<String, Long> f, String key, long since) {
        long now = System.nanoTime();
        f.put(key, (now - since) / 1_000_000);
        return now;
    }

    private static long uptime() { return ManagementFactory.getRuntimeMXBean().getUptime(); }

    /** The process's CPU time, all threads; -1 where the JVM does not tell. */
    private static long cpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long ns = os.getProcessCpuTime();
            return ns < 0 ? -1 : ns / 1_000_000;
        }
        return -1;
    }

    /** The probe's line: {@code hilf-startup jvm=170 gazetteer=1450 ...}. */
    static String format(Map<String, Long> figures) {
        StringBuilder sb = new StringBuilder(PREFIX);
        for (String k : KEYS) {
            sb.append(' ').append(k).append('=').append(figures.get(k));
        }
        return sb.toString();
    }

    /**
     * The figures of a probe's line, by key; null when the line is not one, or lacks a key
     * (a probe of another version).
     */
    static Map<String, Long> parse(String line) {
        String[] words = line.strip().split(" ");
        if (words.length == 0 || !words[0].equals(PREFIX)) {
            return null;
        }
        Map<String, Long> f = new LinkedHashMap<>();
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq <= 0) {
                return null;
            }
            try {
                f.put(words[i].substring(0, eq), Long.parseLong(words[i].substring(eq + 1)));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return f.keySet().containsAll(KEYS) ? f : null;
    }
}
