package org.hilf.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.hilf.store.HilfStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store: the union of all graphs (turtle, rdfxml, jsonld) or every named graph (trig, nquads)."},
        footer = {"", "Examples:", "  hilf export --out graph.ttl", "  hilf export --format trig --out graph.trig"})
public final class ExportCommand implements Callable<Integer> {
    /** Export formats. */
    enum Format { turtle, trig, nquads, rdfxml, jsonld }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "turtle", description = "turtle, trig, nquads, rdfxml or jsonld (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (HilfStore s = HilfStore.openExisting(store.dir())) {
            if (out == null) {
                OutputStream stdout = System.out;
                Txn.executeRead(s.datasetGraph(), () -> write(s, stdout));
                stdout.flush();
            } else {
                // Write beside the target, then move: an interrupted export never leaves half a file.
                Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".hilf-export", ".tmp");
                try (OutputStream o = Files.newOutputStream(tmp)) {
                    Txn.executeRead(s.datasetGraph(), () -> write(s, o));
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                spec.commandLine().getOut().println("Wrote " + out);
            }
        }
        return 0;
    }

    private void write(HilfStore s, OutputStream o) {
        switch (format) {
            case trig -> RDFDataMgr.write(o, s.datasetGraph(), RDFFormat.TRIG_BLOCKS);
            case nquads -> RDFDataMgr.write(o, s.datasetGraph(), Lang.NQUADS);
            case rdfxml -> RDFDataMgr.write(o, s.datasetGraph().getUnionGraph(), RDFFormat.RDFXML_PLAIN);
            case jsonld -> RDFDataMgr.write(o, s.datasetGraph().getUnionGraph(), RDFFormat.JSONLD);
            default -> RDFDataMgr.write(o, s.datasetGraph().getUnionGraph(), RDFFormat.TURTLE_BLOCKS);
        }
    }
}
