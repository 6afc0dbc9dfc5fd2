package org.hilf.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of {@code queries/} (bundled in the jar as {@code hilf/queries/}) as the editor's
 * examples, each named by its question: the first comment line of the file. The competency
 * questions come first (Q1 is the editor's first query), then the other files.
 */
final class Examples {
    static final String ROOT = "hilf/queries";

    record Example(String file, String question, String query) { }

    private static volatile List<Example> cached;

    private Examples() { }

    static List<Example> all() {
        List<Example> c = cached;
        if (c == null) {
            c = load();
            cached = c;
        }
        return c;
    }

    private static List<Example> load() {
        URL url = Examples.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return read(fs.getPath(ROOT));
            }
            return read(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the bundled queries: " + e.getMessage(), e);
        }
    }

    private static List<Example> read(Path dir) throws IOException {
        List<Example> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted(Examples::order).toList()) {
                String query = Files.readString(p, StandardCharsets.UTF_8);
                out.add(new Example(p.getFileName().toString(), question(query, p.getFileName().toString()), query));
            }
        }
        return List.copyOf(out);
    }

    /** The competency questions (q01 …) first, in their order, then the other queries by name. */
    private static int order(Path a, Path b) {
        String x = a.getFileName().toString();
        String y = b.getFileName().toString();
        boolean qx = x.matches("q\\d+.*");
        boolean qy = y.matches("q\\d+.*");
        return qx != qy ? (qx ? -1 : 1) : x.compareTo(y);
    }

    /** The first comment line without its '#', else the file name. */
    static String question(String query, String fallback) {
        for (String line : query.lines().toList()) {
            String t = line.strip();
            if (t.startsWith("#")) {
                String q = t.replaceFirst("^#+\\s*", "");
                if (!q.isEmpty()) {
                    return q;
                }
            } else if (!t.isEmpty()) {
                break;
            }
        }
        return fallback;
    }
}
