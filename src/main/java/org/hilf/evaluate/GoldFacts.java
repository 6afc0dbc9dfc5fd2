package org.hilf.evaluate;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The complete facts of some articles, as a gold file lists them (the format is documented in
 * {@code src/test/resources/gold/FACTS.md} and the README). Several files may be read into one
 * set. A malformed line is an error that names the file, the line and the reason.
 */
public final class GoldFacts {
    static final List<String> COLUMNS = List.of("article", "kind", "type", "participants", "speaker", "for", "year",
            "planned", "cue");
    static final Set<String> EVENT_TYPES = Set.of("Meeting", "Visit", "Summit", "Agreement");

    /** An event of the gold: its type, participants (actor references), year (or null), modality. */
    public record Event(String article, String where, String type, Set<String> participants, Integer year, boolean planned,
                        String cue) { }

    /** A statement of the gold: its speaker, the body spoken for (or null), year (or null). */
    public record Statement(String article, String where, String speaker, String forRef, Integer year, String cue) { }

    /** A gold file that cannot be read as one. */
    public static final class FormatException extends RuntimeException {
        public FormatException(String message) { super(message); }
    }

    private final Map<String, List<Event>> events = new LinkedHashMap<>();
    private final Map<String, List<Statement>> statements = new LinkedHashMap<>();

    /** The article files this gold speaks of, each with its (possibly empty) lists. */
    public Set<String> articles() { return events.keySet(); }

    public List<Event> events(String article) { return events.getOrDefault(article, List.of()); }

    public List<Statement> statements(String article) { return statements.getOrDefault(article, List.of()); }

    public static GoldFacts read(List<Path> files) {
        GoldFacts g = new GoldFacts();
        for (Path f : files) {
            g.add(f);
        }
        return g;
    }

    private void add(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new FormatException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new FormatException(file + ": cannot be read (" + (Files.exists(file) ? "permission or I/O error" : "no such file") + ")");
        }
        boolean header = false;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = file.getFileName() + ":" + n;
            String[] cells = Arrays.copyOf(line.split("\t", -1), COLUMNS.size());
            if (!header) {
                if (!COLUMNS.get(0).equals(cells[0].strip())) {
                    throw new FormatException(where + ": the first line must be the header " + String.join("\\t", COLUMNS));
                }
                header = true;
                continue;
            }
            row(where, cells);
        }
        if (!header) {
            throw new FormatException(file + ": no header line");
        }
    }

    private void row(String where, String[] c) {
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i] == null ? "" : c[i].strip();
        }
        String article = c[0];
        if (article.isEmpty()) {
            throw new FormatException(where + ": the article column is empty");
        }
        events.computeIfAbsent(article, k -> new ArrayList<>());
        statements.computeIfAbsent(article, k -> new ArrayList<>());
        Integer year = year(where, c[6]);
        switch (c[1]) {
            case "none" -> { }
            case "event" -> {
                if (!EVENT_TYPES.contains(c[2])) {
                    throw new FormatException(where + ": type must be one of " + EVENT_TYPES + ", not '" + c[2] + "'");
                }
                Set<String> participants = new LinkedHashSet<>();
                for (String p : c[3].split("\\|")) {
                    if (!p.isBlank()) {
                        participants.add(ActorRef.check(where, p.strip()));
                    }
                }
                if (participants.isEmpty()) {
                    throw new FormatException(where + ": an event needs its participants");
                }
                if (!c[7].equals("true") && !c[7].equals("false")) {
                    throw new FormatException(where + ": planned must be true or false, not '" + c[7] + "'");
                }
                events.get(article).add(new Event(article, where, c[2], participants, year, c[7].equals("true"), c[8]));
            }
            case "statement" -> {
                if (c[4].isEmpty()) {
                    throw new FormatException(where + ": a statement needs its speaker");
                }
                statements.get(article).add(new Statement(article, where, ActorRef.check(where, c[4]),
                        c[5].isEmpty() ? null : ActorRef.check(where, c[5]), year, c[8]));
            }
            default -> throw new FormatException(where + ": kind must be event, statement or none, not '" + c[1] + "'");
        }
    }

    private static Integer year(String where, String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        if (!cell.matches("(19|20)\\d\\d")) {
            throw new FormatException(where + ": year must be a four-digit year from 1900 to 2099, not '" + cell + "'");
        }
        return Integer.valueOf(cell);
    }
}
