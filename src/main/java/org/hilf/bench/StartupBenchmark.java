package org.hilf.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up in fresh JVMs ({@code hilf benchmark --startup N}): runs {@link StartupProbe} N times,
 * one JVM after the other, with this JVM's class path and options, and reports the median of each
 * figure and of the whole process's wall time (spawn to exit). This JVM waits meanwhile, so it takes
 * no core from the probes.
 */
public final class StartupBenchmark {
    /** The medians of {@code runs} probes, by {@link StartupProbe#KEYS} and "wall" (ms). */
    public record Result(int runs, Map<String, Long> medians) {
        public long get(String key) { return medians.get(key); }
    }

    /** Options of this JVM that a probe must not repeat: agents, debuggers, recordings, CDS dumps. */
    private static final List<String> NOT_PASSED = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrunjdwp", "-Xdebug",
            "-XX:StartFlightRecording", "-XX:FlightRecorderOptions", "-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive",
            "-Xshare:dump");

    private final List<String> command;

    /** Probes of {@code paths} with the bundled gazetteer and, when not null, the user's folder on top. */
    public StartupBenchmark(Path gazetteerDir, List<Path> paths) {
        this(jvmCommand(), gazetteerDir, paths);
    }

    StartupBenchmark(List<String> jvm, Path gazetteerDir, List<Path> paths) {
        List<String> c = new ArrayList<>(jvm);
        c.add(StartupProbe.class.getName());
        if (gazetteerDir != null) {
            c.add("--gazetteer");
            c.add(gazetteerDir.toString());
        }
        paths.forEach(p -> c.add(p.toString()));
        this.command = List.copyOf(c);
    }

    /** The command of one probe. */
    public List<String> command() { return command; }

    /**
     * {@code java}, this JVM's options (less {@link #NOT_PASSED}; a shared archive given to this JVM is
     * passed, so that the launcher's start-up is what is measured) and its class path: the jar, for
     * {@code java -jar hilf.jar}.
     */
    static List<String> jvmCommand() {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (NOT_PASSED.stream().noneMatch(a::startsWith)) {
                c.add(a);
            }
        }
        c.add("-cp");
        c.add(System.getProperty("java.class.path"));
        return c;
    }

    /** Runs {@code runs} probes, one after the other; a probe that fails stops the run with its output. */
    public Result measure(int runs) throws IOException, InterruptedException {
        List<Map<String, Long>> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            all.add(probe());
        }
        return new Result(runs, medians(all));
    }

    private Map<String, Long> probe() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        long wall = (System.nanoTime() - t0) / 1_000_000;
        Map<String, Long> f = null;
        for (String line : out.split("\n")) {
            Map<String, Long> parsed = StartupProbe.parse(line);
            f = parsed != null ? parsed : f;
        }
        if (code != 0 || f == null) {
            throw new IllegalStateException("the start-up probe failed (exit code " + code + "): " + out.strip()
                    + " [" + String.join(" ", command) + "]");
        }
        f.put("wall", wall);
        return f;
    }

    /** The median of each key over the runs (of an even count, the lower middle: a figure one run had). */
    static Map<String, Long> medians(List<Map<String, Long>> runs) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String k : runs.get(0).keySet()) {
            long[] v = runs.stream().mapToLong(r -> r.get(k)).sorted().toArray();
            m.put(k, v[(v.length - 1) / 2]);
        }
        return m;
    }
}
