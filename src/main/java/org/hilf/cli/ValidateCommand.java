package org.hilf.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.hilf.graph.HilfShapes;
import org.hilf.store.HilfStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * Checks the store against the SHACL shapes (ontology/shapes.ttl). The data graph is the union of
 * all graphs, the ontology and gazetteer graphs included: a participant named in an article is
 * typed and labelled in the gazetteer, and sh:class needs the ontology's sub-class triples, so no
 * single graph can be checked alone.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the store against the SHACL shapes of the ontology (ontology/shapes.ttl):",
                "one line per violation (focus node, path, message), then a summary.",
                "Exit code 0 when the data conforms, 1 when it does not."},
        footer = {"", "Example:", "  hilf validate --store store"})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    /** What a validation found, computed inside the read transaction. */
    private record Outcome(boolean conforms, List<String> lines, long triples, long focusNodes) { }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Outcome o;
        try (HilfStore s = HilfStore.openExisting(store.dir())) {
            o = Txn.calculateRead(s.datasetGraph(), () -> {
                Graph union = s.datasetGraph().getUnionGraph();
                ValidationReport r = HilfShapes.validate(union);
                long focus = r.getEntries().stream().map(e -> e.focusNode()).distinct().count();
                return new Outcome(r.conforms(), HilfShapes.lines(r), union.size(), focus);
            });
        }
        o.lines().forEach(out::println);
        int shapes = HilfShapes.shapes().numRootShapes();
        if (o.conforms()) {
            out.printf("Conforms: no violations (%d triples checked against %d shapes).%n", o.triples(), shapes);
        } else {
            out.printf("Does not conform: %d violation(s) on %d resource(s) (%d triples checked against %d shapes).%n",
                    o.lines().size(), o.focusNodes(), o.triples(), shapes);
        }
        out.flush();
        return o.conforms() ? 0 : HilfCommand.SOME_FAILED;
    }
}
