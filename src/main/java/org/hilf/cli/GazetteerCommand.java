package org.hilf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.hilf.annotate.GazetteerFiles;
import org.hilf.gazetteer.GazetteerCheck;
import org.hilf.gazetteer.Problem;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `hilf gazetteer`: commands on the reference data. Alone, it prints its usage. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Commands on the reference data about states, organizations, people and their offices.",
        subcommands = {GazetteerCommand.Check.class, CommandLine.HelpCommand.class})
public final class GazetteerCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** `hilf gazetteer check [DIR]`: the gazetteer as ingest would load it, one line per problem. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Checks the gazetteer as `hilf ingest` would load it: the bundled files, and with DIR (or",
                    "$HILF_GAZETTEER) the user's files on top. Prints one line per problem (file:line: error|warning: reason),",
                    "then a summary. Errors are data that is wrong or that the recogniser would misread; warnings deserve a look.",
                    "Exit code 0 when there is no error (warnings allowed), 1 when there are errors."},
            footer = {"", "Examples:", "  hilf gazetteer check", "  hilf gazetteer check ~/my-gazetteer"})
    public static final class Check implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "DIR",
                description = "A folder of your own gazetteer files (default: $HILF_GAZETTEER, else only the bundled files).")
        Path dir;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            GazetteerCheck.Report report = GazetteerCheck.run(GazetteerFiles.read(GazetteerOption.folder(dir)));
            for (Problem p : report.problems()) {
                out.println(p);
            }
            out.println(report.summary());
            out.flush();
            return report.clean() ? 0 : HilfCommand.SOME_FAILED;
        }
    }
}
