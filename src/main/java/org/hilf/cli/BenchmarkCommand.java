package org.hilf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
import org.hilf.read.ArticleFiles;
import org.hilf.read.ArticleReader;
import org.hilf.read.ReadException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Measures annotation throughput: reads the articles once, then annotates and maps copies of them",
                "(round robin) up to --articles, on --threads threads, after a warm-up. Nothing is stored."},
        footer = {"", "Example:", "  hilf benchmark --articles 10000 data/articles"})
public final class BenchmarkCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", defaultValue = "10000", converter = Numbers.PositiveInt.class, description = "Articles to annotate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--warmup", defaultValue = "500", converter = Numbers.NonNegativeInt.class, description = "Articles annotated before timing starts (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", paramLabel = "N", converter = Numbers.Threads.class, description = "Threads (default: the number of cores).")
    Integer threads;

    @Mixin
    GazetteerOption gazetteerOption;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders to replicate.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Article> seeds = new ArrayList<>();
        ArticleReader reader = new ArticleReader();
        for (ArticleFiles.Candidate c : ArticleFiles.collect(paths).candidates()) {
            try {
                seeds.add(reader.read(c.file(), c.hint()));
            } catch (ReadException e) {
                out.println("skipped " + e.describe());
            }
        }
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no article could be read from " + paths);
        }
        Gazetteer gazetteer = gazetteerOption.load(spec.commandLine().getErr());
        AnnotationPipeline pipeline = Annotators.standard(gazetteer);
        ArticleMapper mapper = new ArticleMapper(gazetteer);
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        run(seeds, pipeline, mapper, warmup, n);
        long chars = 0;
        for (int i = 0; i < articles; i++) {
            chars += seeds.get(i % seeds.size()).text().length();
        }
        System.gc();
        long t0 = System.nanoTime();
        long quads = run(seeds, pipeline, mapper, articles, n);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Runtime rt = Runtime.getRuntime();
        out.printf("%d articles (%d distinct, %.1f MB of text) on %d thread(s): %.1f s, %.0f articles/s, %.2f MB/s, %d quads (%.0f/article), heap in use %d MB%n",
                articles, seeds.size(), chars / 1e6, n, seconds, articles / seconds, chars / 1e6 / seconds, quads,
                (double) quads / articles, (rt.totalMemory() - rt.freeMemory()) >> 20);
        return 0;
    }

    /** Annotates and maps {@code count} articles, round robin over {@code seeds}; returns the quads produced. */
    private static long run(List<Article> seeds, AnnotationPipeline pipeline, ArticleMapper mapper, int count, int threads)
            throws Exception {
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
