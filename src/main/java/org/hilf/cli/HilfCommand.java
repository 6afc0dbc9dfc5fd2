package org.hilf.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `hilf` command: builds a knowledge graph of alliances and diplomacy from news articles. */
@Command(name = "hilf", mixinStandardHelpOptions = true, version = "hilf 0.1.0",
        description = "Builds an RDF knowledge graph of alliances and diplomacy from Arabic and English news articles.",
        subcommands = {IngestCommand.class, LoadCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class, ExplainCommand.class,
                ValidateCommand.class, BenchmarkCommand.class, EvaluateCommand.class,
                CommandLine.HelpCommand.class})
public final class HilfCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Exit codes: 0 success, 1 some input failed (for validate: the data does not conform), 2 usage error, 3 a runtime error. */
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

    static String oneLine(Throwable ex) {
        String m = ex.getMessage();
        if (m == null || m.isBlank()) {
            m = ex.getClass().getSimpleName();
        }
        return m.lines().findFirst().orElse(m);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
