package org.hilf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.sys.JenaSystem;
import org.hilf.Ingestion;
import org.hilf.annotate.Background;
import org.hilf.graph.ReferenceMapper;
import org.hilf.read.Shown;
import org.hilf.serve.HilfServer;
import org.hilf.store.HilfStore;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads article files and folders (recursively), recognises actors and events, and stores the graph.",
                "A folder may hold a META.tsv manifest (columns file, language, published, title, source_url, outlet).",
                "Exit code 0 when every file was ingested, 1 when some failed (they are named with the reason)."},
        footer = {"", "Examples:", "  hilf ingest data/articles", "  hilf ingest --serve --port 3030 data/articles ~/news/2024",
                "  hilf ingest --gazetteer ~/my-gazetteer ~/news/2024"})
public final class IngestCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    GazetteerOption gazetteer;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Option(names = "--serve", description = "Serve the store over SPARQL when the ingest is done.")
    boolean serve;

    @Mixin
    ServeOptions serveOptions;

    @Option(names = "--max-size", defaultValue = "52428800", paramLabel = "BYTES", converter = Numbers.PositiveLong.class,
            description = "Files larger than this are skipped (default: ${DEFAULT-VALUE}).")
    long maxSize;

    @Option(names = "--threads", paramLabel = "N", converter = Numbers.Threads.class,
            description = "Annotation threads, 1 to 256 (default: the number of cores).")
    Integer threads;

    @Option(names = "--max-quads", defaultValue = "" + Ingestion.DEFAULT_MAX_QUADS, paramLabel = "N",
            converter = Numbers.PositiveLong.class,
            description = "An article that would yield more quads than this is refused (default: ${DEFAULT-VALUE}).")
    long maxQuads;

    @Option(names = "--dedupe", description = "Store a text found at several paths once; the others are named, "
            + "with the path that was kept. Without it, each path is an article of its own.")
    boolean dedupe;

    @Option(names = "--bulk", description = {"Use Jena's bulk loader even when the store holds articles (it always does into",
            "a store with none): the articles the files held before are removed first. Faster for a large ingest,",
            "but not transactional: an interrupted bulk ingest into a store with articles leaves a store to delete."})
    boolean bulk;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HilfServer.Settings settings = serve ? serveOptions.settings() : null;
        // Jena's start (a second or so, cold) overlaps loading the gazetteer and building the pipeline, which use
        // no Jena. It is joined before anything touches Jena: two threads starting Jena at once can deadlock.
        Background<Void> jena = Background.start("hilf-jena", () -> {
            JenaSystem.init();
            return null;
        });
        // the bundled gazetteer's reference graphs are known by the jar they come from; a user's folder is compared
        Ingestion ingestion = new Ingestion(gazetteer.load(err), maxSize,
                threads != null ? threads : Runtime.getRuntime().availableProcessors(), maxQuads, dedupe, bulk,
                gazetteer.folder() == null ? ReferenceMapper.bundledInputs() : null);
        jena.join();
        Ingestion.Result r;
        try (HilfStore s = HilfStore.open(store.dir()); Progress progress = new Progress()) {
            r = ingestion.run(paths, s, progress);
            // the counts are of what was written: counting the store would read all of it, or all its articles
            out.printf("Ingested %d article(s) into %s in %.1f s%s: %d quads written.%n",
                    r.read(), Shown.path(s.dir()), r.seconds(), r.bulk() ? " with Jena's bulk loader" : "", r.quadsWritten());
            for (String w : r.warnings()) {
                err.println("warning: " + w);
            }
            if (!r.failed().isEmpty()) {
                err.printf("Skipped %d file(s):%n", r.failed().size());
                r.failed().forEach(f -> err.println("  " + f));
                Logs.file().ifPresent(log -> err.println("(the parsers' own messages are in " + Shown.path(log) + ")"));
            }
            out.flush();
            err.flush();
        }
        if (serve) {
            // opened anew: TDB2 reads the optimiser's statistics, which the ingest may have refreshed, when it opens a store
            try (HilfStore s = HilfStore.open(store.dir())) {
                ServeOptions.warnIfExposed(settings, err);
                try (HilfServer server = HilfServer.start(s.datasetGraph(), settings)) {
                    ServeCommand.announce(out, server);
                    server.join();
                }
            }
        }
        return r.ok() ? 0 : HilfCommand.SOME_FAILED;
    }

    /** A progress bar on a terminal, nothing otherwise (logs and CI stay clean). */
    private static final class Progress implements Ingestion.Listener, AutoCloseable {
        private ProgressBar bar;

        @Override
        public void started(int files) {
            if (System.console() != null && files > 1) {
                bar = new ProgressBarBuilder().setTaskName("Ingesting").setInitialMax(files)
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).build();
            }
        }

        @Override
        public void done(Path file, boolean ok) {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
