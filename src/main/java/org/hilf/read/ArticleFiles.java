package org.hilf.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Expands the paths a user gives into the article files to read, each with its manifest entry.
 * Folders are walked recursively in name order (so runs are repeatable); hidden files and the
 * manifests themselves are not articles. Paths that do not exist are reported, not fatal.
 */
public final class ArticleFiles {

    /** One file to read and what its folder's manifest says about it. */
    public record Candidate(Path file, Manifest.Entry hint) { }

    private final List<Candidate> candidates = new ArrayList<>();
    private final List<ReadException> missing = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<Path, Manifest> manifests = new HashMap<>();

    private ArticleFiles() { }

    public static ArticleFiles collect(List<Path> paths) {
        ArticleFiles files = new ArticleFiles();
        for (Path p : paths) {
            files.add(p.normalize());
        }
        return files;
    }

    private void add(Path path) {
        if (!Files.exists(path)) {
            missing.add(new ReadException(path, "no such file or folder"));
            return;
        }
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(f -> !isHidden(path, f))
                        .filter(f -> !f.getFileName().toString().equals(Manifest.FILE_NAME))
                        .sorted().forEach(f -> candidates.add(new Candidate(f, manifestOf(f.getParent()).entryFor(f))));
            } catch (IOException | java.io.UncheckedIOException e) {
                missing.add(new ReadException(path, "cannot list the folder: " + e.getMessage(), e));
            }
        } else {
            Path parent = path.toAbsolutePath().getParent();
            Manifest.Entry hint = parent == null ? Manifest.Entry.EMPTY : manifestOf(parent).entryFor(path.toAbsolutePath());
            candidates.add(new Candidate(path, hint));
        }
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private Manifest manifestOf(Path folder) {
        return manifests.computeIfAbsent(folder.toAbsolutePath(), f -> {
            try {
                Manifest m = Manifest.of(f);
                warnings.addAll(m.problems());
                return m;
            } catch (IOException e) {
                warnings.add(f.resolve(Manifest.FILE_NAME) + ": cannot read the manifest: " + e.getMessage());
                return Manifest.empty(f);
            }
        });
    }

    public List<Candidate> candidates() { return List.copyOf(candidates); }

    /** Paths given that do not exist or cannot be listed. */
    public List<ReadException> missing() { return List.copyOf(missing); }

    /** Manifest lines that could not be used. */
    public List<String> warnings() { return List.copyOf(warnings); }
}
