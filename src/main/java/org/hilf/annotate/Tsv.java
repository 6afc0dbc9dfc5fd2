package org.hilf.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's data files (gazetteer, lexicons) from the classpath, where the build puts
 * the {@code data/} folder under {@code hilf/data/}, and the user's own files of the same format
 * from a folder. Format: UTF-8, '#' comment lines, a header line, tab-separated cells, '|'
 * between the values of a multi-valued cell. Both sources are parsed by the same code, so they
 * give the same rows and the same error messages; a message names a bundled file by its path in
 * the project ({@code data/gazetteer/people.tsv}) and a user's file by the path it was given.
 */
public final class Tsv {
    private static final String ROOT = "hilf/data/";

    /**
     * One data line, its cells by column name.
     *
     * @param width the number of cells on the line, which may differ from the header's
     */
    public record Row(String file, int line, Map<String, String> cells, int width) {
        public Row(String file, int line, Map<String, String> cells) {
            this(file, line, cells, cells.size());
        }

        /** The cell's value, or null when empty or absent. */
        public String get(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }

        /** The cell's '|'-separated values, empty when the cell is. */
        public List<String> list(String column) {
            String v = get(column);
            if (v == null) {
                return List.of();
            }
            // a loop, not a stream: this runs for every name cell of the gazetteer at start-up
            List<String> out = new ArrayList<>();
            for (String s : v.split("\\|")) {
                String x = s.strip();
                if (!x.isEmpty()) {
                    out.add(x);
                }
            }
            return Collections.unmodifiableList(out);
        }

        public String required(String column) {
            String v = get(column);
            if (v == null) {
                throw new IllegalStateException(where() + ": column '" + column + "' is empty");
            }
            return v;
        }

        /** "file:line", for messages. */
        public String where() { return file + ":" + line; }
    }

    /**
     * A whole file: its header (empty when the file has no header line, headerLine then 0) and
     * its data rows, in file order.
     */
    public record Table(String file, int headerLine, List<String> header, List<Row> rows) { }

    private Tsv() { }

    /** The rows of a data file, e.g. {@code read("gazetteer/states.tsv")}. A missing file is an error. */
    public static List<Row> read(String path) { return table(path).rows(); }

    /** A bundled data file with its header, e.g. {@code table("gazetteer/people.tsv")}. */
    public static Table table(String path) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IllegalStateException("data file " + path + " is missing from the classpath (rebuild with ./mvnw package)");
        }
        return parse(in, "data/" + path);
    }

    /** A user's data file, read from the file system with the same parsing as the bundled ones. */
    public static Table table(Path file) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(in, file.toString());
    }

    /**
     * Parses a stream, which it closes. Bytes that are not UTF-8 are an error naming the line
     * (a silent replacement character would make a name that never matches); a byte order mark
     * at the start, as spreadsheet programs write, is skipped.
     */
    private static Table parse(InputStream in, String name) {
        byte[] bytes;
        try (in) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        String text = decode(bytes, name);
        List<Row> rows = new ArrayList<>();
        List<String> header = List.of();
        int headerLine = 0;
        int n = 0;
        // lines end at '\n', a CR before it is dropped: as the bytes were split before decoding
        for (int from = 0; from < text.length(); ) {
            int to = text.indexOf('\n', from);
            to = to < 0 ? text.length() : to;
            n++;
            String line = text.substring(from, to > from && text.charAt(to - 1) == '\r' ? to - 1 : to);
            from = to + 1;
            if (n == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (headerLine == 0) {
                header = Arrays.stream(cells).map(String::strip).toList();
                headerLine = n;
                continue;
            }
            Map<String, String> map = new HashMap<>();
            for (int i = 0; i < header.size() && i < cells.length; i++) {
                map.put(header.get(i), cells[i]);
            }
            rows.add(new Row(name, n, map, cells.length));
        }
        return new Table(name, headerLine, header, rows);
    }

    /**
     * The file's text, decoded at once (a '\n' byte never stands inside a UTF-8 sequence, so lines
     * split after decoding are those split before). When the bytes are not UTF-8, the error names
     * the first line that is not.
     */
    private static String decode(byte[] bytes, String name) {
        try {
            return utf8(bytes, 0, bytes.length);
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int from = 0; from < bytes.length; line++) {
                int to = from;
                while (to < bytes.length && bytes[to] != '\n') {
                    to++;
                }
                try {
                    utf8(bytes, from, to);
                } catch (CharacterCodingException bad) {
                    break;
                }
                from = to + 1;
            }
            throw new IllegalStateException(name + ":" + line + ": not UTF-8 text (save the file as UTF-8)");
        }
    }

    private static String utf8(byte[] bytes, int from, int to) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
    }

    /** The non-comment, non-blank lines of a one-column word list. */
    public static List<String> words(String path) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IllegalStateException("data file " + path + " is missing from the classpath (rebuild with ./mvnw package)");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + path, e);
        }
    }
}
