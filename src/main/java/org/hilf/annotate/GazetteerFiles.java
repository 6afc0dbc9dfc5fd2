package org.hilf.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The gazetteer's TSV files as read, before they become a {@link Gazetteer}: the bundled ones
 * and, optionally, those of a user's folder in the same format. Each file name maps to its
 * tables, bundled first, so that a user's row for a known id always meets the bundled row
 * first. The loader and {@code hilf gazetteer check} both start from here, so they see the
 * same rows.
 */
public final class GazetteerFiles {

    /** A gazetteer file: its name, the columns its header must have, and those it may have. */
    public enum Kind {
        STATES("states.tsv", List.of("iso", "name_en", "name_ar", "wikidata", "capital_en", "capital_ar", "aliases_ar",
                "aliases_en", "capital_aliases_ar", "adjective_ar", "adjective_en"), List.of("capital_aliases_en")),
        ORGANIZATIONS("organizations.tsv", List.of("id", "kind", "name_en", "name_ar", "wikidata", "country", "aliases_ar",
                "aliases_en"), List.of("short_ar")),
        PEOPLE("people.tsv", List.of("id", "name_en", "name_ar", "aliases_ar", "short_ar", "wikidata"), List.of("aliases_en")),
        MEMBERSHIPS("memberships.tsv", List.of("member", "relation", "organization", "since", "until"), List.of()),
        OFFICES("offices.tsv", List.of("person", "role", "affiliation", "start", "end"), List.of("overlap")),
        CITIES("cities.tsv", List.of("iso", "city_en", "city_ar"), List.of("aliases_ar", "aliases_en")),
        SUMMITS("summits.tsv", List.of("organization", "start", "end", "city_en", "city_ar", "country"), List.of());

        public final String fileName;
        public final List<String> columns;
        public final List<String> optionalColumns;

        Kind(String fileName, List<String> columns, List<String> optionalColumns) {
            this.fileName = fileName;
            this.columns = columns;
            this.optionalColumns = optionalColumns;
        }
    }

    /** A table and whether it comes from the user's folder (true) or the bundled data. */
    public record Source(Tsv.Table table, boolean user) { }

    private final Map<Kind, List<Source>> sources;
    private final Path userFolder;
    private final List<Path> ignored;

    private GazetteerFiles(Map<Kind, List<Source>> sources, Path userFolder, List<Path> ignored) {
        this.sources = sources;
        this.userFolder = userFolder;
        this.ignored = List.copyOf(ignored);
    }

    /** The bundled gazetteer only. */
    public static GazetteerFiles bundled() { return read(null); }

    /**
     * The bundled gazetteer plus the files of {@code userFolder} (null for none). The folder may
     * hold any subset of the seven files; other {@code .tsv} files in it are listed by
     * {@link #ignored()}, not read.
     *
     * @throws IllegalArgumentException when the folder does not exist or is not a folder
     */
    public static GazetteerFiles read(Path userFolder) {
        // the bundled files are parsed side by side (start-up, issue 10); a failure is thrown as when parsed in line
        Map<Kind, Background<Tsv.Table>> parsing = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            parsing.put(k, Background.start("hilf-gazetteer-" + k.fileName, () -> Tsv.table("gazetteer/" + k.fileName)));
        }
        Map<Kind, List<Source>> map = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            List<Source> list = new ArrayList<>(2);
            list.add(new Source(parsing.get(k).join(), false));
            map.put(k, list);
        }
        List<Path> ignored = new ArrayList<>();
        if (userFolder != null) {
            if (!Files.isDirectory(userFolder)) {
                throw new IllegalArgumentException("no gazetteer folder at " + userFolder
                        + (Files.exists(userFolder) ? " (it is a file; give the folder that holds it)" : ""));
            }
            for (Kind k : Kind.values()) {
                Path f = userFolder.resolve(k.fileName);
                if (Files.isRegularFile(f)) {
                    map.get(k).add(new Source(Tsv.table(f), true));
                }
            }
            try (Stream<Path> files = Files.list(userFolder)) {
                files.filter(f -> f.getFileName().toString().endsWith(".tsv"))
                        .filter(f -> Stream.of(Kind.values()).noneMatch(k -> k.fileName.equals(f.getFileName().toString())))
                        .sorted().forEach(ignored::add);
            } catch (IOException e) {
                throw new UncheckedIOException(userFolder + ": cannot be listed (" + e.getMessage() + ")", e);
            }
        }
        return new GazetteerFiles(map, userFolder, ignored);
    }

    /** The tables of one kind of file, bundled first. */
    public List<Source> sources(Kind kind) { return sources.get(kind); }

    /** The rows of one kind of file, bundled first, each with its source. */
    public List<Sourced> rows(Kind kind) {
        List<Sourced> out = new ArrayList<>();
        for (Source s : sources.get(kind)) {
            s.table().rows().forEach(r -> out.add(new Sourced(r, s.user())));
        }
        return out;
    }

    /** A row and whether it comes from the user's folder. */
    public record Sourced(Tsv.Row row, boolean user) { }

    /** The user's folder, or null. */
    public Path userFolder() { return userFolder; }

    /** The {@code .tsv} files of the user's folder whose names are not gazetteer files. */
    public List<Path> ignored() { return ignored; }

    /** How many tables were read, user's and bundled. */
    public int tableCount() { return sources.values().stream().mapToInt(List::size).sum(); }
}
