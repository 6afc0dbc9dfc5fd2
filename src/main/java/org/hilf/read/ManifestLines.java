package org.hilf.read;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A manifest's lines, split as {@link java.io.BufferedReader#readLine()} splits them (at
 * {@code \n}, {@code \r} or {@code \r\n}) and decoded as UTF-8, each with its number. Asked for
 * the rows of some files only, it passes over the others without decoding them: an ingest of 10
 * files of a folder of 100,000 needs 10 rows, and reading all lines one by one took a second of
 * a cold JVM. The bytes are also held as a Latin-1 string, one char per byte, so that
 * {@link String#indexOf(int, int)} (which the JVM runs as a vector search) finds line and cell
 * ends; UTF-8 never uses the bytes of {@code \t}, {@code \n} or {@code \r} inside a character.
 */
final class ManifestLines {
    private final byte[] bytes;
    private final String latin;
    /** The names of the files whose rows are wanted, in the Latin-1 view; null: every line. */
    private final Set<String> wanted;
    private int pos;
    private int number;
    private int nextLf = -2;
    private int nextCr = -2;

    /** {@code names}: the files whose rows {@link #nextRow} returns; null for all lines. */
    ManifestLines(byte[] bytes, Set<String> names) {
        this.bytes = bytes;
        this.latin = new String(bytes, StandardCharsets.ISO_8859_1);
        this.wanted = names == null ? null : names.stream().map(ManifestLines::latin).collect(java.util.stream.Collectors.toSet());
    }

    /** The number of the line {@link #next} or {@link #nextRow} returned last, from 1. */
    int number() { return number; }

    /** The next line, or null after the last. */
    String next() {
        int end = lineEnd();
        if (end < 0) {
            return null;
        }
        String line = new String(bytes, pos, end - pos, StandardCharsets.UTF_8);
        passLine(end);
        return line;
    }

    /**
     * The next line whose tab-separated cell number {@code column} (from 0), trimmed, names a
     * wanted file (any line when all are wanted); null after the last. The lines passed over are
     * counted, not decoded.
     */
    String nextRow(int column) {
        if (wanted == null) {
            return next();
        }
        int end;
        while ((end = lineEnd()) >= 0) {
            String cell = cell(pos, end, column);
            if (cell != null && wanted.contains(cell)) {
                return next();
            }
            passLine(end);
        }
        return null;
    }

    /** A name as the Latin-1 view shows its UTF-8 bytes. */
    private static String latin(String name) {
        return new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** The trimmed cell {@code column} of the line from {@code start} to {@code end}, in the Latin-1 view; null when the line has fewer. */
    private String cell(int start, int end, int column) {
        for (int i = 0; i < column; i++) {
            int tab = latin.indexOf('\t', start);
            if (tab < 0 || tab >= end) {
                return null;
            }
            start = tab + 1;
        }
        int tab = latin.indexOf('\t', start);
        return latin.substring(start, tab < 0 || tab > end ? end : tab).trim();
    }

    /** Where the line at {@code pos} ends (its terminator, or the end of the bytes); -1 when no line is left. */
    private int lineEnd() {
        if (pos >= bytes.length) {
            return -1;
        }
        if (nextLf != -1 && nextLf < pos) {
            nextLf = latin.indexOf('\n', pos);
        }
        if (nextCr != -1 && nextCr < pos) {
            nextCr = latin.indexOf('\r', pos);
        }
        int end = nextLf < 0 ? nextCr : nextCr < 0 ? nextLf : Math.min(nextLf, nextCr);
        return end < 0 ? bytes.length : end;
    }

    /** Moves past the line ending at {@code end} and its terminator. */
    private void passLine(int end) {
        number++;
        boolean crlf = end + 1 < bytes.length && bytes[end] == '\r' && bytes[end + 1] == '\n';
        pos = end + (crlf ? 2 : 1);
    }
}
