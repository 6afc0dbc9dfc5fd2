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
 * measured.
 */
public final class AnnotationThroughput {
    /** One measurement; heapInUseBytes is the heap in use at its end. */
    public record Result(int articles, int distinct, long chars, int threads, double seconds, long quads, long heapInUseBytes) {
        public double articlesPerSecond() { return articles / seconds; }

        public double articlesPerSecondPerCore() { return articlesPerSecond() / threads; }
    }

    private final AnnotationPipeline pipeline;
    private final ArticleMapper mapper;

    public AnnotationThroughput(Gazetteer gazetteer) {
        this.pipeline = Annotators.standard(gazetteer);
        this.mapper = new ArticleMapper(gazetteer);
    }

    /** Annotates {@code warmup} articles untimed, then times {@code count}. */
    public Result measure(List<Article> seeds, int count, int warmup, int threads) throws Exception {
        run(seeds, warmup, threads);
        long chars = 0;
        for (int i = 0; i < count; i++) {
            chars += seeds.get(i % seeds.size()).text().length();
        }
        System.gc();
        long t0 = System.nanoTime();
        long quads = run(seeds, count, threads);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Runtime rt = Runtime.getRuntime();
        return new Result(count, seeds.size(), chars, threads, seconds, quads, rt.totalMemory() - rt.freeMemory());
    }

    /** Annotates and maps {@code count} articles, round robin over {@code seeds}; returns the quads produced. */
    private long run(List<Article> seeds, int count, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong quads = new AtomicLong();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
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
