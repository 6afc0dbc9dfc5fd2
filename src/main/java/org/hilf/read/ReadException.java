package org.hilf.read;

import java.nio.file.Path;

/** A file that cannot be read as an article. The message is a reason a user can act on. */
public final class ReadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Path file;

    public ReadException(Path file, String reason) {
        super(reason);
        this.file = file;
    }

    public ReadException(Path file, String reason, Throwable cause) {
        super(reason, cause);
        this.file = file;
    }

    public Path file() { return file; }

    /** "path: reason", the one line shown to the user, control characters escaped. */
    public String describe() { return Shown.path(file) + ": " + Shown.text(getMessage()); }
}
