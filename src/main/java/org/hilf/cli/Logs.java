package org.hilf.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the libraries' log goes when `hilf` runs from the command line: to a file, never to the
 * terminal. Parsers of broken files log long stack traces (PDFBox printed 528 lines for one PDF);
 * the terminal gets Hilf's own one-line reasons, and the file keeps the details of the last run.
 * The file is {@code $HILF_LOG}, else {@code $XDG_STATE_HOME/hilf/hilf.log}, else
 * {@code ~/.local/state/hilf/hilf.log}. Must run before the first logger is created
 * (slf4j-simple reads its settings once).
 */
final class Logs {
    private static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";
    private static Path file;

    private Logs() { }

    /** Sends the log to the file, unless the user chose a destination with -D{@value #LOG_FILE}. */
    static synchronized void toFile() {
        if (System.getProperty(LOG_FILE) != null) {
            return;
        }
        Path chosen = chooseFile();
        try {
            Files.createDirectories(chosen.getParent());
            // slf4j-simple opens the file for writing from its start: the log of the last run
            System.setProperty(LOG_FILE, chosen.toString());
            System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
            file = chosen;
        } catch (IOException | SecurityException e) {
            // no place for a log: libraries' warnings go to the error stream as before
        }
    }

    private static Path chooseFile() {
        String explicit = System.getenv("HILF_LOG");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath();
        }
        String state = System.getenv("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state) : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("hilf").resolve("hilf.log").toAbsolutePath();
    }

    /** The log file of this run, when there is one. */
    static synchronized Optional<Path> file() { return Optional.ofNullable(file); }
}
