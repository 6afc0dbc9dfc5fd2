package org.hilf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.GazetteerFiles;
import org.hilf.gazetteer.GazetteerCheck;
import org.hilf.gazetteer.Problem;

import picocli.CommandLine.Option;

/**
 * The --gazetteer option of the commands that annotate: a folder of the user's own gazetteer
 * files, from the option, else HILF_GAZETTEER, else none (the bundled gazetteer alone).
 */
public final class GazetteerOption {
    @Option(names = "--gazetteer", paramLabel = "DIR",
            description = "A folder of your own gazetteer files (states.tsv, people.tsv, offices.tsv, …), loaded on top of "
                    + "the bundled ones (default: $HILF_GAZETTEER, else none).")
    Path folder;

    /** The user's folder, or null for none. */
    public Path folder() { return folder(folder); }

    /** {@code given} when not null, else the folder HILF_GAZETTEER names, else null. */
    static Path folder(Path given) {
        if (given != null) {
            return given;
        }
        String env = System.getenv("HILF_GAZETTEER");
        return env != null && !env.isBlank() ? Path.of(env) : null;
    }

    /**
     * The gazetteer to annotate with. A user's folder is checked first, as `hilf gazetteer check`
     * would: its warnings go to {@code err}, and errors refuse the load (all are printed, then an
     * exception with a one-line reason), because a store annotated with wrong reference data has
     * to be ingested again. The bundled data alone is not checked here: a test keeps it clean.
     */
    public Gazetteer load(PrintWriter err) {
        Path dir = folder();
        if (dir == null) {
            return Gazetteer.load();
        }
        GazetteerFiles files = GazetteerFiles.read(dir);
        GazetteerCheck.Report report = GazetteerCheck.run(files);
        for (Problem p : report.problems()) {
            err.println(p);
        }
        err.flush();
        if (!report.clean()) {
            throw new IllegalStateException("the gazetteer folder " + dir + " has " + report.errors()
                    + " error(s), listed above; nothing was done (hilf gazetteer check " + dir + " lists them again)");
        }
        return Gazetteer.load(files);
    }
}
