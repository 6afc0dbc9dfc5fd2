package org.hilf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.hilf.annotate.Gazetteer;
import org.hilf.graph.ReferenceMapper;
import org.hilf.store.HilfStore;
import org.hilf.store.NQuadsLoad;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads N-Quads files (.nq, .nq.gz; a folder: the ones in it), such as the partitions of the Spark job,",
                "into the store, with the result an ingest of the same articles gives: each article's graph replaces",
                "its older version, and the ontology and gazetteer graphs are written too.",
                "A store with no article is filled by Jena's TDB2 bulk loader; a store with articles gets replacing",
                "transactions, as ingest writes, unless --bulk is given."},
        footer = {"", "Examples:", "  hilf load --store store out/nquads",
                "  hilf load --store store --bulk out/nquads/part-r-00000.nq.gz out/nquads/part-r-00001.nq.gz"})
public final class LoadCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--bulk", description = {"Use the bulk loader even when the store holds articles: those the files",
            "replace are removed first (one more pass over the files). Faster for large loads; not one transaction:",
            "an interrupted bulk load leaves a store to restore or rebuild."})
    boolean bulk;

    @Option(names = "--progress", description = "Print the bulk loader's progress lines.")
    boolean progress;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "N-Quads files (.nq or .nq.gz), or folders of them.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = NQuadsLoad.expand(paths);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .nq or .nq.gz file in " + paths);
        }
        Gazetteer gazetteer = Gazetteer.load();
        try (HilfStore s = HilfStore.open(store.dir())) {
            NQuadsLoad.Result r;
            boolean bulkLoad = bulk || !s.hasArticles();
            try {
                r = NQuadsLoad.load(s, files, bulk, o -> {
                    ReferenceMapper.ontology(o);
                    ReferenceMapper.gazetteer(gazetteer, o);
                }, progress ? (fmt, args) -> { out.printf(fmt + "%n", args); out.flush(); } : null);
            } catch (org.apache.jena.riot.RiotException e) {
                throw new IllegalStateException("not N-Quads: " + e.getMessage() + (bulkLoad
                        ? " (a bulk load stopped halfway: the store is emptied again when next opened if it held no article,"
                        + " else it must be deleted and loaded again)"
                        : " (the articles of earlier batches are stored)"), e);
            }
            out.printf("Loaded %d article(s) from %d file(s) into %s in %.1f s with %s: %d quads%s%s.%n",
                    r.articles(), files.size(), s.dir(), r.seconds(), r.method().description, r.quads(),
                    r.removed() > 0 ? ", " + r.removed() + " older graph(s) removed" : "",
                    r.ignored() > 0 ? ", " + r.ignored() + " quad(s) of the reference or default graph left out" : "");
        }
        return 0;
    }
}
