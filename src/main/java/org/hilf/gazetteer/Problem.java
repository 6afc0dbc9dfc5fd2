package org.hilf.gazetteer;

import java.util.Comparator;

import org.hilf.annotate.Tsv;

/**
 * One problem {@code hilf gazetteer check} found: where (file and line; line 0 for the file as a
 * whole), how bad, and why in words. An error is data that is wrong or that the recogniser would
 * misread (it fails the check, and an ingest with a user's folder refuses it); a warning is
 * data that loads as the user probably meant but deserves a look (it does not fail the check).
 */
public record Problem(String file, int line, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    /** Problems in file order, then line order; the order of the files is the caller's. */
    public static final Comparator<Problem> BY_LINE = Comparator.comparingInt(Problem::line);

    static Problem error(Tsv.Row r, String message) { return new Problem(r.file(), r.line(), Severity.ERROR, message); }

    static Problem warning(Tsv.Row r, String message) { return new Problem(r.file(), r.line(), Severity.WARNING, message); }

    public boolean isError() { return severity == Severity.ERROR; }

    /** "file:line: error: reason", the form compilers use, so editors can jump to the line. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + (isError() ? "error" : "warning") + ": " + message;
    }
}
