package org.hilf.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's data files (gazetteer, lexicons) from the classpath, where the build puts
 * the {@code data/} folder under {@code hilf/data/}. Format: UTF-8, '#' comment lines, a header
 * line, tab-separated cells, '|' between the values of a multi-valued cell.
 */
public final class Tsv {
    private static final String ROOT = "hilf/data/";

    /** One data line, its cells by column name. */
    public record Row(String file, int line, Map<String, String> cells) {
        /** The cell's value, or null when empty or absent. */
        public String get(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }

        /** The cell's '|'-separated values, empty when the cell is. */
        public List<String> list(String column) {
            String v = get(column);
            return v == null ? List.of() : Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        public String required(String column) {
            String v = get(column);
            if (v == null) {
                throw new IllegalStateException(file + ":" + line + ": column '" + column + "' is empty");
            }
            return v;
        }
    }

    private Tsv() { }

    /** The rows of a data file, e.g. {@code read("gazetteer/states.tsv")}. A missing file is an error. */
    public static List<Row> read(String path) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IllegalStateException("data file " + path + " is missing from the classpath (rebuild with ./mvnw package)");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Row> rows = new ArrayList<>();
            String[] header = null;
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                Map<String, String> map = new HashMap<>();
                for (int i = 0; i < header.length && i < cells.length; i++) {
                    map.put(header[i].strip(), cells[i]);
                }
                rows.add(new Row(path, n, map));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + path, e);
        }
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
