package org.hilf.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hilf.annotate.Gazetteer;
import org.hilf.annotate.GazetteerFiles;
import org.hilf.annotate.GazetteerFiles.Kind;
import org.hilf.annotate.GazetteerFiles.Sourced;
import org.hilf.annotate.Tsv;

/**
 * Validates gazetteer files as {@code hilf ingest} would load them (the bundled files, with a
 * user's folder on top) and lists every problem with file, line and reason: headers and column
 * counts, ids, references between files, dates, role keys, overlapping terms of office
 * ({@link TermCheck}), and Arabic forms and Wikidata ids shared by two entities ({@link NameCheck}).
 * The rules, and which problems are errors and which warnings, are in {@code data/gazetteer/README.md}.
 */
public final class GazetteerCheck {
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern ISO = Pattern.compile("[A-Z]{2}");
    static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");

    /** The columns of a user's row for a known id that the merge ignores (it adds only names). */
    private static final Map<Kind, List<String>> NOT_MERGED = Map.of(
            Kind.STATES, List.of("wikidata", "capital_en", "capital_ar"),
            Kind.ORGANIZATIONS, List.of("kind", "wikidata", "country"),
            Kind.PEOPLE, List.of("wikidata"));

    /** What a check found, and over what. */
    public record Report(List<Problem> problems, String scope, int tables, int rows) {
        public long errors() { return problems.stream().filter(Problem::isError).count(); }

        public long warnings() { return problems.size() - errors(); }

        /** True when there is no error; warnings do not make data unclean. */
        public boolean clean() { return errors() == 0; }

        /** The last line of the command's output. */
        public String summary() {
            return String.format("%s: %d error(s), %d warning(s) in %d file(s), %d row(s) (%s).",
                    clean() ? "Gazetteer OK" : "Gazetteer has errors", errors(), warnings(), tables, rows, scope);
        }
    }

    final GazetteerFiles files;
    final List<Problem> problems = new ArrayList<>();
    /** Defining rows by id: states by ISO code, organizations and people by their id as written. */
    final Map<String, Tsv.Row> states = new LinkedHashMap<>();
    final Map<String, Tsv.Row> organizations = new LinkedHashMap<>();
    final Map<String, Tsv.Row> people = new LinkedHashMap<>();
    /** The role keys of data/lexicon/roles.tsv. */
    final Set<String> roles = new HashSet<>();
    /** Tables whose header lacks a column: their rows are not checked further (each would repeat the header's error). */
    private final Set<String> unreadable = new HashSet<>();

    private GazetteerCheck(GazetteerFiles files) { this.files = files; }

    /** Checks the files; never throws for bad data, which becomes problems. */
    public static Report run(GazetteerFiles files) {
        GazetteerCheck c = new GazetteerCheck(files);
        Tsv.read("lexicon/roles.tsv").forEach(r -> c.roles.add(r.get("role")));
        int rows = 0;
        for (Kind k : Kind.values()) {
            for (GazetteerFiles.Source s : files.sources(k)) {
                c.header(k, s.table());
                rows += s.table().rows().size();
            }
        }
        for (java.nio.file.Path p : files.ignored()) {
            c.problems.add(new Problem(p.toString(), 0, Problem.Severity.WARNING,
                    "not a gazetteer file (the files are states.tsv, organizations.tsv, people.tsv, offices.tsv, "
                            + "memberships.tsv, cities.tsv and summits.tsv): ignored"));
        }
        c.define(Kind.STATES, "iso", ISO, "an ISO 3166-1 code of two upper-case letters", c.states);
        c.define(Kind.ORGANIZATIONS, "id", SLUG, "lower-case letters and digits joined by hyphens", c.organizations);
        c.define(Kind.PEOPLE, "id", SLUG, "lower-case letters and digits joined by hyphens", c.people);
        RowCheck rowCheck = new RowCheck(c);
        for (Kind k : Kind.values()) {
            c.rows(k).forEach(s -> rowCheck.check(k, s.row()));
        }
        TermCheck.run(c);
        NameCheck.run(c);
        if (c.problems.stream().noneMatch(Problem::isError)) {
            c.tryToLoad();
        }
        List<Problem> sorted = new ArrayList<>(c.problems);
        List<String> fileOrder = new ArrayList<>();
        for (Kind k : Kind.values()) {
            files.sources(k).forEach(s -> fileOrder.add(s.table().file()));
        }
        sorted.sort(java.util.Comparator.comparingInt((Problem p) -> fileOrder.indexOf(p.file()) < 0 ? Integer.MAX_VALUE
                : fileOrder.indexOf(p.file())).thenComparing(Problem::file).thenComparing(Problem.BY_LINE));
        String scope = files.userFolder() == null ? "the bundled gazetteer" : "the bundled gazetteer and " + files.userFolder();
        return new Report(List.copyOf(sorted), scope, files.tableCount(), rows);
    }

    /** The rows of a kind of file, bundled first, without those of tables whose header is unusable. */
    List<Sourced> rows(Kind k) {
        return files.rows(k).stream().filter(s -> !unreadable.contains(s.row().file())).toList();
    }

    /** The header names the file's columns, each once; every line has as many cells as it. */
    private void header(Kind k, Tsv.Table t) {
        if (t.headerLine() == 0) {
            problems.add(new Problem(t.file(), 0, Problem.Severity.ERROR, "no header line (expected the columns "
                    + String.join(" ", k.columns) + ")"));
            unreadable.add(t.file());
            return;
        }
        List<String> missing = k.columns.stream().filter(c -> !t.header().contains(c)).toList();
        List<String> unknown = t.header().stream()
                .filter(c -> !k.columns.contains(c) && !k.optionalColumns.contains(c)).toList();
        Set<String> seen = new HashSet<>();
        List<String> twice = t.header().stream().filter(c -> !seen.add(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty() || !twice.isEmpty()) {
            problems.add(new Problem(t.file(), t.headerLine(), Problem.Severity.ERROR, "header "
                    + (missing.isEmpty() ? "" : "lacks column(s) " + String.join(", ", missing) + "; ")
                    + (unknown.isEmpty() ? "" : "has unknown column(s) " + String.join(", ", unknown) + "; ")
                    + (twice.isEmpty() ? "" : "repeats column(s) " + String.join(", ", twice) + "; ")
                    + "expected: " + String.join(" ", k.columns)
                    + (k.optionalColumns.isEmpty() ? "" : ", optionally " + String.join(" ", k.optionalColumns))));
            if (!missing.isEmpty() || !twice.isEmpty()) {
                unreadable.add(t.file());
                return;
            }
        }
        // A line may stop before trailing optional columns (files written before a column was
        // added need no change); one that stops before a required column was probably cut short.
        int width = t.header().size();
        int least = 1 + k.columns.stream().mapToInt(t.header()::indexOf).max().orElse(0);
        for (Tsv.Row r : t.rows()) {
            if (r.width() > width) {
                problems.add(Problem.error(r, r.width() + " cells but the header has " + width
                        + " columns: the cells after the last column are read by nothing"));
            } else if (r.width() < least) {
                problems.add(Problem.warning(r, r.width() + " cells but the header has " + width
                        + " columns: the missing cells at the end are read as empty"));
            }
        }
    }

    /**
     * Records each entity's defining row and checks its id: well formed, once per file. A user's
     * row for an id the bundled data defines is an addition of names; its other cells must agree.
     */
    private void define(Kind k, String column, Pattern shape, String shapeInWords, Map<String, Tsv.Row> into) {
        for (Sourced s : rows(k)) {
            Tsv.Row r = s.row();
            String id = r.get(column);
            if (id == null) {
                problems.add(Problem.error(r, "column '" + column + "' is empty"));
                continue;
            }
            if (!shape.matcher(id).matches()) {
                problems.add(Problem.error(r, column + " '" + id + "' is malformed: expected " + shapeInWords));
                continue;
            }
            Tsv.Row first = into.putIfAbsent(id, r);
            if (first == null) {
                continue;
            }
            if (first.file().equals(r.file()) || !s.user()) {
                problems.add(Problem.error(r, column + " '" + id + "' is not unique: already defined at " + first.where()));
                continue;
            }
            for (String c : NOT_MERGED.get(k)) {
                String mine = r.get(c);
                if (mine != null && !Objects.equals(mine, first.get(c))) {
                    problems.add(Problem.warning(r, c + " '" + mine + "' ignored: " + id + " is defined at " + first.where()
                            + (first.get(c) == null ? " without one" : " with '" + first.get(c) + "'")
                            + ", and a row for a known id only adds names"));
                }
            }
            if (k == Kind.STATES && r.get("capital_aliases_ar") != null && first.get("capital_en") == null
                    && first.get("capital_ar") == null) {
                problems.add(Problem.warning(r, "capital_aliases_ar ignored: " + id + " has no capital in " + first.where()));
            }
        }
    }

    /** The safety net: data that passed every check must load; if it does not, say why. */
    private void tryToLoad() {
        try {
            Gazetteer.load(files);
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            Matcher at = Pattern.compile("^(.+?):(\\d+): (.*)$", Pattern.DOTALL).matcher(m);
            problems.add(at.matches() ? new Problem(at.group(1), Integer.parseInt(at.group(2)), Problem.Severity.ERROR, at.group(3))
                    : new Problem("gazetteer", 0, Problem.Severity.ERROR, "cannot be loaded: " + m));
        }
    }
}
