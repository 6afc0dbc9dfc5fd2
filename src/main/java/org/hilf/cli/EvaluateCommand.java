package org.hilf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.hilf.evaluate.Evaluation;
import org.hilf.evaluate.GoldFacts;
import org.hilf.evaluate.Tally;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Measures the extracted facts against complete gold facts: ingests the articles into a temporary store,",
                "then prints, per article and overall, strict event precision and recall, participant precision,",
                "statement precision and recall, and every wrong, duplicated or missed fact.",
                "The gold format is described in the README (\"Measuring it: hilf evaluate\")."},
        footer = {"", "Exit code 0 when the overall figures reach the minimums, 1 when they do not.", "", "Example:",
                "  hilf evaluate --gold data/articles/gold.tsv data/articles"})
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "A gold facts file (repeatable).")
    List<Path> gold;

    @Option(names = "--min-precision", defaultValue = "0", paramLabel = "P",
            description = "Least strict event precision and statement precision for exit code 0 (default: ${DEFAULT-VALUE}).")
    double minPrecision;

    @Option(names = "--min-recall", defaultValue = "0", paramLabel = "R",
            description = "Least event recall and statement recall for exit code 0 (default: ${DEFAULT-VALUE}).")
    double minRecall;

    @Option(names = "--quiet", description = "Print only the overall figures, not each article and difference.")
    boolean quiet;

    @Mixin
    GazetteerOption gazetteer;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "The article files or folders the gold speaks of.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (minPrecision < 0 || minPrecision > 1 || minRecall < 0 || minRecall > 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--min-precision and --min-recall lie between 0 and 1");
        }
        GoldFacts facts;
        try {
            facts = GoldFacts.read(gold);
        } catch (GoldFacts.FormatException e) {
            spec.commandLine().getErr().println("hilf: " + e.getMessage());
            return HilfCommand.ERROR;
        }
        Evaluation ev = Evaluation.run(facts, paths, Evaluation.ingestion(gazetteer.load(spec.commandLine().getErr())));
        ev.notes().forEach(n -> out.println("note: " + n));
        if (!quiet) {
            ev.differences().forEach(out::println);
            out.println();
            for (Map.Entry<String, Tally> e : ev.perArticle().entrySet()) {
                out.printf("%-28s %s%n", e.getKey(), e.getValue().figures());
            }
        }
        Tally t = ev.overall();
        out.printf("%-28s %s%n", "OVERALL (" + ev.perArticle().size() + " articles)", t.figures());
        boolean ok = t.eventPrecision() >= minPrecision && t.statementPrecision() >= minPrecision
                && t.eventRecall() >= minRecall && t.statementRecall() >= minRecall;
        return ok ? 0 : HilfCommand.SOME_FAILED;
    }
}
