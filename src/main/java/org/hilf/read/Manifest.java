package org.hilf.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A folder's {@code META.tsv}: metadata for the files beside it, one line per file.
 * Columns are found by their header names ({@code file}, {@code language}, {@code published},
 * {@code title}, {@code source_url}, {@code outlet}); other columns are ignored, missing ones are empty.
 * A line with a bad value keeps its other values, and the problem is reported, not fatal.
 */
public final class Manifest {
    public static final String FILE_NAME = "META.tsv";

    /** What a manifest says about one file; any field may be null. */
    public record Entry(String language, LocalDate published, String title, String sourceUrl, String outlet) {
        public static final Entry EMPTY = new Entry(null, null, null, null, null);
    }

    /** ISO 639-1 codes, the form the annotators and the graph's language tags use. */
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    /** A primary language subtag of two letters, then any subtags ("ar", "ar-EG"), lower-cased. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2}(-[a-z0-9]{1,8})*");

    private final Path folder;
    private final Map<String, Entry> entries;
    private final Map<String, Integer> lines;
    private final List<String> problems;

    private Manifest(Path folder, Map<String, Entry> entries, Map<String, Integer> lines, List<String> problems) {
        this.folder = folder;
        this.entries = entries;
        this.lines = lines;
        this.problems = List.copyOf(problems);
    }

    private Manifest(Path folder, Map<String, Entry> entries, List<String> problems) {
        this(folder, entries, Map.of(), problems);
    }

    /** A manifest that says nothing, for a folder whose META.tsv cannot be read. */
    public static Manifest empty(Path folder) {
        return new Manifest(folder.toAbsolutePath(), Map.of(), List.of());
    }

    /** The manifest of {@code folder}, or an empty one when the folder has none. */
    public static Manifest of(Path folder) throws IOException {
        return of(folder, null);
    }

    /**
     * The rows of {@code folder}'s manifest that name one of {@code names} (all rows when null):
     * an ingest of a few files from a folder of 100,000 needs their rows only, and parsing the
     * others cost more than the rest of a small ingest's reading. Problems are those of the rows
     * kept (and of the header); {@link #missingRows()} knows only the rows kept.
     */
    public static Manifest of(Path folder, Set<String> names) throws IOException {
        folder = folder.toAbsolutePath();
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new Manifest(folder, new HashMap<>(), List.of());
        }
        return read(folder, new ManifestLines(Files.readAllBytes(file), names), file.toString());
    }

    /**
     * A manifest from its text, for a folder that is not on a local file system (HDFS, S3):
     * {@code label} names it in problems; look entries up with {@link #entryForName(String)}.
     */
    public static Manifest parse(String text, String label) {
        return read(null, new ManifestLines(text.getBytes(StandardCharsets.UTF_8), null), label);
    }

    private static Manifest read(Path folder, ManifestLines in, String file) {
        Map<String, Entry> entries = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        List<String> problems = new ArrayList<>();
        String shown = Shown.text(file);
        String header = in.next();
        if (header == null) {
            return new Manifest(folder, entries, problems);
        }
        Map<String, Integer> col = new HashMap<>();
        String[] names = header.replace("\uFEFF", "").split("\t", -1);
        for (int i = 0; i < names.length; i++) {
            col.put(names[i].trim().toLowerCase(Locale.ROOT), i);
        }
        if (!col.containsKey("file")) {
            problems.add(shown + ": no 'file' column in the header; manifest ignored");
            return new Manifest(folder, entries, problems);
        }
        int fileColumn = col.get("file");
        String line;
        while ((line = in.nextRow(fileColumn)) != null) {
            int lineNo = in.number();
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String name = cell(cells, col, "file");
            if (name == null) {
                problems.add(shown + ":" + lineNo + ": no file name");
                continue;
            }
            String where = shown + ":" + lineNo + ": ";
            LocalDate published = null;
            String date = cell(cells, col, "published");
            if (date != null) {
                try {
                    published = LocalDate.parse(date);
                    if (!Dates.plausible(published)) {
                        problems.add(where + "published '" + Shown.text(date) + "' is not between " + Dates.EARLIEST
                                + " and " + Dates.latest() + "; ignored");
                        published = null;
                    }
                } catch (DateTimeParseException e) {
                    problems.add(where + "published '" + Shown.text(date) + "' is not a date (YYYY-MM-DD); ignored");
                }
            }
            String language = language(cell(cells, col, "language"), where, problems);
            entries.put(name, new Entry(language, published, cell(cells, col, "title"), cell(cells, col, "source_url"),
                    cell(cells, col, "outlet")));
            lines.put(name, lineNo);
        }
        return new Manifest(folder, entries, lines, problems);
    }

    /**
     * A language code as the rest of Hilf uses it: ISO 639-1, lower case ("ar"), with a region
     * subtag dropped ("ar-EG" is "ar"); "und" for undetermined. Anything else is reported and
     * dropped, so the language is detected from the text instead.
     */
    private static String language(String value, String where, List<String> problems) {
        if (value == null) {
            return null;
        }
        String code = value.toLowerCase(Locale.ROOT).replace('_', '-');
        String primary = LANGUAGE_TAG.matcher(code).matches() ? code.substring(0, 2) : null;
        if (code.equals("und") || (primary != null && LANGUAGES.contains(primary))) {
            return code.equals("und") ? "und" : primary;
        }
        problems.add(where + "language '" + Shown.text(value) + "' is not an ISO 639-1 code (such as ar or en); "
                + "ignored, the language is detected from the text");
        return null;
    }

    /** Rows that name a file the folder does not have, each with its line. */
    public List<String> missingRows() {
        List<String> out = new ArrayList<>();
        if (folder == null) {
            return out;
        }
        lines.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            if (!Files.exists(folder.resolve(e.getKey()), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                out.add(Shown.path(folder.resolve(FILE_NAME)) + ":" + e.getValue() + ": names '" + Shown.text(e.getKey())
                        + "', which is not in the folder; row not used");
            }
        });
        return out;
    }

    private static String cell(String[] cells, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        if (i == null || i >= cells.length) {
            return null;
        }
        String v = cells[i].trim();
        return v.isEmpty() ? null : v;
    }

    /** The entry for a file of this folder (by its path relative to the folder), or {@link Entry#EMPTY}. */
    public Entry entryFor(Path file) {
        Path absolute = file.toAbsolutePath();
        String relative = folder != null && absolute.startsWith(folder)
                ? folder.relativize(absolute).toString().replace('\\', '/') : "";
        Entry e = entries.get(relative);
        return e != null ? e : entryForName(file.getFileName().toString());
    }

    /** The entry for a file beside the manifest, by its name, or {@link Entry#EMPTY}. */
    public Entry entryForName(String name) {
        return entries.getOrDefault(name, Entry.EMPTY);
    }

    /** Lines that could not be used, each naming the file and line. */
    public List<String> problems() { return problems; }
}
