package org.hilf.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `hilf` command: builds a knowledge graph of alliances and diplomacy from news articles. */
@Command(name = "hilf", mixinStandardHelpOptions = true, version = "hilf 0.1.0",
        description = "Builds an RDF knowledge graph of alliances and diplomacy from Arabic and English news articles.",
        subcommands = {IngestCommand.class, LoadCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class, ExplainCommand.class,
                ValidateCommand.class, BenchmarkCommand.class, EvaluateCommand.class, GazetteerCommand.class, CompactCommand.class,
                CommandLine.HelpCommand.class})
public final class HilfCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Exit codes: 0 success, 1 some input failed (for validate: the data does not conform; for gazetteer
     * check: the gazetteer has errors), 2 usage error, 3 a runtime error.
     */
    public static final int SOME_FAILED = 1;
    public static final int ERROR = 3;

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new HilfCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            err.println("hilf: " + oneLine(ex));
            return ERROR;
        });
        return cl;
    }

    /** The reason in words, one line, control characters escaped; the details go to the log. */
    static String oneLine(Throwable ex) {
        org.slf4j.LoggerFactory.getLogger(HilfCommand.class).info("hilf failed", ex);
        String m = org.hilf.read.Shown.words(ex);
        return Logs.file().isPresent() && (ex.getMessage() == null || ex.getMessage().isBlank())
                ? m.replace("(details in the log)", "(details in " + org.hilf.read.Shown.path(Logs.file().get()) + ")") : m;
    }

    public static void main(String[] args) {
        Logs.toFile();
        System.exit(commandLine().execute(args));
    }
}
