package org.hilf.read;

import java.nio.file.Path;

/**
 * A file that cannot be read as an article. The message is a reason a user can act on. The file is
 * named by its path, or, for one that is not on a local file system (read from HDFS or S3), by
 * whatever names it there ("s3a://bucket/2024/a.html").
 */
public final class ReadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String source;

    public ReadException(Path file, String reason) {
        this(file, reason, null);
    }

    public ReadException(Path file, String reason, Throwable cause) {
        super(reason, cause);
        this.file = file;
        this.source = String.valueOf(file);
    }

    /** A file that is not a local path: {@code source} names it. */
    public ReadException(String source, String reason, Throwable cause) {
        super(reason, cause);
        this.file = null;
        this.source = source;
    }

    /** The local file, or null when the file was named otherwise. */
    public Path file() { return file; }

    /** The name of the file, as shown to the user. */
    public String source() { return source; }

    /** "path: reason", the one line shown to the user, control characters escaped. */
    public String describe() { return Shown.text(source) + ": " + Shown.text(getMessage()); }
}
