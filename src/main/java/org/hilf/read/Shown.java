package org.hilf.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;

/**
 * Text for the terminal: names and reasons that cannot forge lines or move the cursor, and I/O
 * failures in words rather than Java exception class names. A file may be called
 * {@code "a\nSkipped 0 file(s)"} or carry terminal escapes; printed raw it would write lines of its
 * own. Control characters (C0, DEL, C1) and the bidirectional overrides are shown escaped
 * ({@code \n}, {@code \t}, {@code \x1b}, {@code \u202e}); everything else, Arabic included, as it is.
 */
public final class Shown {
    private Shown() { }

    /** {@code s} with control characters and bidirectional overrides escaped; "null" for null. */
    public static String text(String s) { return escaped(s, true); }

    /**
     * Prose (a title, a sentence) with control characters escaped; the bidirectional marks that
     * Arabic text legitimately carries are kept.
     */
    public static String prose(String s) { return escaped(s, false); }

    private static String escaped(String s, boolean bidi) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = bidi || c < 0x2000 ? escape(c) : null;
            if (esc != null && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b != null) {
                b.append(esc != null ? esc : String.valueOf(c));
            }
        }
        return b == null ? s : b.toString();
    }

    /** A path as {@link #text(String)} shows it. */
    public static String path(Path p) { return text(String.valueOf(p)); }

    private static String escape(char c) {
        switch (c) {
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            case '\\': return null;
            default:
                if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                    return String.format("\\x%02x", (int) c);
                }
                if ((c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
                    return String.format("\\u%04x", (int) c);
                }
                return null;
        }
    }

    /** Why an I/O operation failed, in words: "permission denied", "no such file or folder". */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemLoopException) {
            return "a link loop (a link that leads back to its own folder)";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof NotLinkException) {
            return "not a link";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return text(fse.getReason().toLowerCase(java.util.Locale.ROOT));
        }
        return words(e);
    }

    /** A throwable's message without the Java class names some libraries put in front of it. */
    public static String words(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "an unexpected error (details in the log)";
        }
        m = m.lines().findFirst().orElse(m).strip();
        m = m.replaceAll("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\s*:\\s*", "");
        return text(m.isEmpty() ? "an unexpected error (details in the log)" : m);
    }
}
