package org.hilf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The start-up probe's line and the medians over runs (no figure is checked: no timed tests). */
class StartupBenchmarkTest {
    private static Map<String, Long> figures(long base) {
        Map<String, Long> f = new LinkedHashMap<>();
        for (int i = 0; i < StartupProbe.KEYS.size(); i++) {
            f.put(StartupProbe.KEYS.get(i), base + i);
        }
        return f;
    }

    @Test
    void theProbesLineReadsBack() {
        Map<String, Long> f = figures(100);
        String line = StartupProbe.format(f);
        assertTrue(line.startsWith("hilf-startup jvm=100 gazetteer=101 "), line);
        assertEquals(f, StartupProbe.parse(line));
        assertEquals(f, StartupProbe.parse(line + "\r"), "a CR at the end of the line");
    }

    @Test
    void otherLinesAreNoFigures() {
        assertNull(StartupProbe.parse("SLF4J: no binding"));
        assertNull(StartupProbe.parse("hilf-startup jvm=1 gazetteer=2"), "keys are missing");
        assertNull(StartupProbe.parse("hilf-startup jvm=x"));
        assertNull(StartupProbe.parse(""));
    }

    @Test
    void mediansAreFiguresOfARun() {
        assertEquals(figures(20), StartupBenchmark.medians(List.of(figures(30), figures(10), figures(20))));
        assertEquals(figures(10), StartupBenchmark.medians(List.of(figures(30), figures(10))), "the lower middle of two");
    }

    @Test
    void theProbeRunsWithTheGivenJvmGazetteerAndPaths() {
        List<String> c = new StartupBenchmark(List.of("java", "-Xmx1g", "-cp", "x.jar"), Path.of("my-gaz"), List.of(Path.of("a"), Path.of("b")))
                .command();
        assertEquals(List.of("java", "-Xmx1g", "-cp", "x.jar", StartupProbe.class.getName(), "--gazetteer", "my-gaz", "a", "b"), c);
        List<String> jvm = StartupBenchmark.jvmCommand();
        assertTrue(jvm.get(0).endsWith("java"), jvm.toString());
        assertTrue(jvm.stream().noneMatch(a -> a.startsWith("-javaagent") || a.startsWith("-agentlib")), jvm.toString());
        assertEquals("-cp", jvm.get(jvm.size() - 2));
    }
}
