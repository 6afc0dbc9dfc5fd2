package org.hilf.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.hilf.annotate.AnnotationPipeline;
import org.hilf.annotate.Annotators;
import org.hilf.annotate.Gazetteer;
import org.hilf.graph.ArticleMapper;
import org.hilf.read.Article;

/**
 * Annotation throughput: annotates and maps copies of articles already read (round robin) on a
 * number of threads, after a warm-up; nothing is stored. What {@code hilf benchmark} has always
 * measured. Besides wall time it takes the CPU time of the annotating threads: on a shared machine
 * the wall time per core depends on the others' load, the CPU time per article much less.
 */
public final class AnnotationThroughput {
    /**
     * One measurement; heapInUseBytes is the heap in use at its end; cpuSeconds the CPU time of the
     * annotating threads together (-1 where the JVM cannot say).
     */
    public record Result(int articles, int distinct, long chars, int threads, double seconds, long quads, long heapInUseBytes,
                         double cpuSeconds) {
        public double articlesPerSecond() { return articles / seconds; }

        public double articlesPerSecondPerCore() { return articlesPerSecond() / threads; }

        /** Articles per second of the annotating threads' CPU time: what one core does when nobody else uses it; -1 if unknown. */
        public double articlesPerCpuSecond() { return cpuSeconds <= 0 ? -1 : articles / cpuSeconds; }
    }

    private final AnnotationPipeline pipeline;
    private final ArticleMapper mapper;

    public AnnotationThroughput(Gazetteer gazetteer) {
        this.pipeline = Annotators.standard(gazetteer);
        this.mapper = new ArticleMapper(gazetteer);
    }

    /** Annotates {@code warmup} articles untimed, then times {@code count}. */
    public Result measure(List<Article> seeds, int count, int warmup, int threads) throws Exception {
        run(seeds, warmup, threads, new AtomicLong());
        long chars = 0;
        for (int i = 0; i < count; i++) {
            chars += seeds.get(i % seeds.size()).text().length();
        }
        System.gc();
        AtomicLong cpuNanos = new AtomicLong();
        long t0 = System.nanoTime();
        long quads = run(seeds, count, threads, cpuNanos);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Runtime rt = Runtime.getRuntime();
        return new Result(count, seeds.size(), chars, threads, seconds, quads, rt.totalMemory() - rt.freeMemory(),
                cpuNanos.get() < 0 ? -1 : cpuNanos.get() / 1e9);
    }

    /**
     * Annotates and maps {@code count} articles, round robin over {@code seeds}; returns the quads
     * produced and adds the threads' CPU time to {@code cpuNanos} (sets it to -1 if the JVM cannot say).
     */
    private long run(List<Article> seeds, int count, int threads, AtomicLong cpuNanos) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong quads = new AtomicLong();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    long cpu0 = QueryTimer.cpuNanos();
                    long local = 0;
                    for (int i = offset; i < count; i += threads) {
                        long[] c = {0};
                        mapper.map(pipeline.annotate(seeds.get(i % seeds.size())), new StreamRDFBase() {
                            @Override
                            public void quad(Quad q) { c[0]++; }
                        });
                        local += c[0];
                    }
                    quads.addAndGet(local);
                    long cpu = QueryTimer.cpuNanos();
                    cpuNanos.accumulateAndGet(cpu < 0 || cpu0 < 0 ? -1 : cpu - cpu0, (a, b) -> a < 0 || b < 0 ? -1 : a + b);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return quads.get();
    }
}
