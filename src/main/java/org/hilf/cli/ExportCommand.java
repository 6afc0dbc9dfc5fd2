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
import org.hilf.graph.ProtegeExport;
import org.hilf.graph.ProtegeTurtle;
import org.hilf.store.HilfStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store: the union of all graphs (turtle, rdfxml, jsonld) or every named graph (trig, nquads).",
                "With --for-protege: one OWL 2 DL Turtle document with the ontology and the data, for Protégé."},
        footer = {"", "Examples:", "  hilf export --out graph.ttl", "  hilf export --format trig --out graph.trig",
                "  hilf export --for-protege --out hilf-protege.ttl"})
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

    @Option(names = "--for-protege", description = "Write the ontology and the data as one OWL 2 DL Turtle document that "
            + "Protégé opens without warnings (dates as xsd:dateTime, every individual declared).")
    boolean forProtege;

    @Override
    public Integer call() throws IOException {
        if (forProtege && format != Format.turtle && spec.commandLine().getParseResult().hasMatchedOption("--format")) {
            throw new ParameterException(spec.commandLine(), "--for-protege writes Turtle; leave out --format");
        }
        String done;
        try (HilfStore s = HilfStore.openExisting(store.dir())) {
            if (out == null) {
                OutputStream stdout = System.out;
                done = Txn.calculateRead(s.datasetGraph(), () -> write(s, stdout));
                stdout.flush();
            } else {
                // Write beside the target, then move: an interrupted export never leaves half a file.
                Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".hilf-export", ".tmp");
                try (OutputStream o = Files.newOutputStream(tmp)) {
                    done = Txn.calculateRead(s.datasetGraph(), () -> write(s, o));
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                spec.commandLine().getOut().println("Wrote " + out + done);
            }
        }
        return 0;
    }

    /** Writes the export; returns what to add to the "Wrote FILE" line (empty but for Protégé). */
    private String write(HilfStore s, OutputStream o) {
        if (forProtege) {
            return writeForProtege(s, o);
        }
        switch (format) {
            case trig -> RDFDataMgr.write(o, s.datasetGraph(), RDFFormat.TRIG_BLOCKS);
            case nquads -> RDFDataMgr.write(o, s.datasetGraph(), Lang.NQUADS);
            case rdfxml -> RDFDataMgr.write(o, s.datasetGraph().getUnionGraph(), RDFFormat.RDFXML_PLAIN);
            case jsonld -> RDFDataMgr.write(o, s.datasetGraph().getUnionGraph(), RDFFormat.JSONLD);
            default -> RDFDataMgr.write(o, s.datasetGraph().getUnionGraph(), RDFFormat.TURTLE_BLOCKS);
        }
        return "";
    }

    /** The Protégé document; what had to be left out is named on the error stream, one line each. */
    private String writeForProtege(HilfStore s, OutputStream o) {
        ProtegeExport.Result r = ProtegeExport.from(s.datasetGraph());
        ProtegeTurtle.write(r.graph(), o);
        var err = spec.commandLine().getErr();
        for (String d : r.dropped()) {
            err.println("warning: left out of the Protégé export: " + d);
        }
        err.flush();
        return String.format(" for Protégé: the ontology and the data as OWL 2 DL, %d triples, %d individuals, "
                + "%d dates as xsd:dateTime%s", r.graph().size(), r.individuals(), r.datesRewritten(),
                r.dropped().isEmpty() ? "" : ", " + r.dropped().size() + " triple(s) left out");
    }
}
