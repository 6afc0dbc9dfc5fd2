package org.hilf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.hilf.annotate.Gazetteer;
import org.hilf.bench.AnnotationThroughput;
import org.hilf.bench.BenchReport;
import org.hilf.bench.CorpusGenerator;
import org.hilf.bench.StartupBenchmark;
import org.hilf.bench.StoreBenchmark;
import org.hilf.bench.StoreFigures;
import org.hilf.read.Article;
import org.hilf.read.ArticleFiles;
import org.hilf.read.ArticleReader;
import org.hilf.read.ReadException;
import org.hilf.read.Shown;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Measures annotation throughput: reads the articles once, then annotates",
                "and maps copies of them (round robin) up to --articles, on --threads",
                "threads, after a warm-up. Nothing is stored.",
                "With --store DIR it also ingests the articles into a fresh store there",
                "(hilf ingest's code path), loads the same quads with TDB2's bulk loader",
                "into another, and reports both times, memory, disk and each query's time.",
                "With --startup N it first measures start-up in N fresh JVMs (medians): JVM start",
                "until the annotator is ready, gazetteer, pipeline, and the first article of PATH.",
                "With --generate N it writes a synthetic corpus of N articles into PATH."},
        footer = {"", "Examples:", "  hilf benchmark --articles 10000 data/articles",
                "  hilf benchmark --startup 5 --articles 2000 data/articles",
                "  hilf benchmark --generate 2000 --seed 1 /tmp/corpus",
                "  hilf benchmark --articles 2000 --store /tmp/bench --json b.json /tmp/corpus"})
public final class BenchmarkCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", defaultValue = "10000", converter = Numbers.PositiveInt.class, description = "Articles to annotate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--warmup", defaultValue = "500", converter = Numbers.NonNegativeInt.class, description = "Articles annotated before timing starts (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", paramLabel = "N", converter = Numbers.Threads.class, description = "Threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--generate", paramLabel = "N", converter = Numbers.PositiveInt.class,
            description = "Write N synthetic articles (about 60 %% Arabic, 40 %% English, 2-6 KB each) and their META.tsv into PATH, a new or empty folder, and stop.")
    Integer generate;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "The corpus --generate writes: the same seed, the same files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--store", paramLabel = "DIR", description = "Also measure the store: ingest, bulk load, memory, disk and queries, in DIR (new or empty).")
    Path store;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries", description = "The .rq files --store times (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--query-runs", paramLabel = "N", defaultValue = "5", converter = Numbers.PositiveInt.class,
            description = "Runs of each query; the first is reported apart, the median of the others (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--time-queries", description = "Only time the queries of --queries (--query-runs each, in process, wall and CPU time) on the existing store PATH; nothing is annotated or written.")
    boolean timeQueries;

    @Option(names = "--keep", description = "With --store: keep the N-Quads file and the bulk-loaded store (the ingested store is always kept).")
    boolean keep;

    @Option(names = "--startup", paramLabel = "N", converter = Numbers.PositiveInt.class,
            description = "Also measure start-up in N fresh JVMs, one after the other, with this one's options and class path; medians are reported.")
    Integer startup;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures to FILE as JSON.")
    Path json;

    @Mixin
    GazetteerOption gazetteerOption;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders to replicate (with --generate: the folder to write).")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (timeQueries) {
            if (paths.size() != 1) {
                throw new IllegalArgumentException("--time-queries times one store; " + paths.size() + " were given");
            }
            List<Path> files = StoreBenchmark.queryFiles(queries);
            try (org.hilf.store.HilfStore s = org.hilf.store.HilfStore.openExisting(paths.get(0))) {
                BenchReport.queries(out, Shown.path(paths.get(0)), new org.hilf.bench.QueryTimer(
                        org.hilf.serve.HilfServer.DEFAULT_TIMEOUT_MS, queryRuns).time(s.datasetGraph(), files));
            }
            return 0;
        }
        Gazetteer gazetteer = gazetteerOption.load(spec.commandLine().getErr());
        if (generate != null) {
            if (paths.size() != 1) {
                throw new IllegalArgumentException("--generate writes into one folder; " + paths.size() + " were given");
            }
            long t0 = System.nanoTime();
            CorpusGenerator.Summary s = new CorpusGenerator(gazetteer).write(generate, seed, paths.get(0));
            out.printf("%d articles (%d Arabic, %d English, %.1f MB, %d distinct people) written to %s in %.1f s (seed %d)%n",
                    s.articles(), s.arabic(), s.articles() - s.arabic(), s.bytes() / 1e6, s.distinctPeople(), Shown.path(paths.get(0)),
                    (System.nanoTime() - t0) / 1e9, seed);
            return 0;
        }
        // the store's arguments are checked before the annotation's minutes, not after
        List<Path> queryFiles = List.of();
        if (store != null) {
            queryFiles = StoreBenchmark.queryFiles(queries);
            StoreBenchmark.requireFresh(store);
        }
        StartupBenchmark.Result started = null;
        if (startup != null) {
            // before the throughput run, whose JIT and GC threads would take cores from the probes
            started = new StartupBenchmark(gazetteerOption.folder(), paths).measure(startup);
            BenchReport.startup(out, started);
            out.flush();
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        AnnotationThroughput.Result a = new AnnotationThroughput(gazetteer).measure(seeds(out), articles, warmup, n);
        BenchReport.annotation(out, a);
        out.flush();
        StoreFigures figures = null;
        if (store != null) {
            figures = new StoreBenchmark(gazetteer, n, queryFiles, queryRuns, keep, spec.commandLine().getErr()).run(paths, store);
            BenchReport.store(out, figures);
        }
        if (json != null) {
            BenchReport.json(json, a, figures, started);
            out.println("figures written to " + Shown.path(json));
        }
        return 0;
    }

    private List<Article> seeds(PrintWriter out) {
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
        return seeds;
    }
}
