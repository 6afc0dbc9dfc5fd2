package org.hilf.read;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands the paths a user gives into the article files to read, each with its manifest entry.
 * Folders are walked recursively in name order (so runs are repeatable); hidden files and folders
 * (names starting with '.') and the manifests themselves are not articles.
 *
 * <p>Contract: nothing outside the given paths is read. A symbolic link found in a folder is
 * followed only to a regular file inside one of the given paths (then that file is read once,
 * under its real path); a link out of them, a broken link, a link loop, a link to a folder, a
 * named pipe, a device or socket, and a folder that cannot be listed are each reported with the
 * reason, and the walk goes on with the rest. A path the user names directly is read wherever
 * its links lead: the user chose it.
 */
public final class ArticleFiles {

    /** One file to read (as found), its real path, and what its folder's manifest says about it. */
    public record Candidate(Path file, Path realPath, Manifest.Entry hint) {
        public Candidate(Path file, Manifest.Entry hint) { this(file, file.toAbsolutePath().normalize(), hint); }
    }

    private final Map<Path, Candidate> candidates = new LinkedHashMap<>();
    private final List<ReadException> skipped = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<Path, Manifest> manifests = new HashMap<>();
    private final Set<Path> walkedFolders = new LinkedHashSet<>();
    private final List<Path> roots = new ArrayList<>();
    /** Folders whose manifest rows are needed only for the files named in them; others are read whole. */
    private final Map<Path, Set<String>> rowsNeeded = new HashMap<>();

    private ArticleFiles() { }

    public static ArticleFiles collect(List<Path> paths) {
        ArticleFiles files = new ArticleFiles();
        Map<Path, Path> real = new LinkedHashMap<>();
        for (Path p : paths) {
            Path given = p.normalize();
            try {
                real.put(given, given.toRealPath());
            } catch (IOException e) {
                files.skipped.add(new ReadException(given, linkProblem(given, e)));
            }
        }
        files.roots.addAll(real.values());
        files.rowsNeeded.putAll(rowsNeeded(real));
        real.forEach(files::add);
        for (Path folder : files.walkedFolders) {
            files.warnings.addAll(files.manifestOf(folder).missingRows());
        }
        return files;
    }

    /**
     * For each folder of a file named directly, the names of those files: only their manifest
     * rows are read (10 files from a folder of 100,000). A folder inside a folder given is walked,
     * and needs all its rows, so it is not listed.
     */
    private static Map<Path, Set<String>> rowsNeeded(Map<Path, Path> real) {
        Map<Path, Set<String>> needed = new HashMap<>();
        List<Path> walked = new ArrayList<>();
        real.forEach((given, target) -> {
            if (Files.isDirectory(target)) {
                walked.add(given.toAbsolutePath());
                walked.add(target);
            } else if (given.toAbsolutePath().getParent() != null) {
                needed.computeIfAbsent(given.toAbsolutePath().getParent(), f -> new HashSet<>())
                        .add(given.getFileName().toString());
            }
        });
        needed.keySet().removeIf(folder -> walked.stream().anyMatch(folder::startsWith));
        return needed;
    }

    private void add(Path given, Path real) {
        if (!Files.isDirectory(real)) {
            Path parent = real.getParent();
            Manifest.Entry hint = parent == null ? Manifest.Entry.EMPTY : manifestOf(given.toAbsolutePath().getParent()).entryFor(given.toAbsolutePath());
            if (Files.isRegularFile(real)) {
                candidates.putIfAbsent(real, new Candidate(given, real, hint));
            } else {
                skipped.add(new ReadException(given, SpecialFiles.describe(real)));
            }
            return;
        }
        Walker walker = new Walker(given, real);
        try {
            Files.walkFileTree(real, walker);
        } catch (IOException e) {
            skipped.add(new ReadException(given, "cannot list the folder: " + Shown.reason(e), e));
        }
        // in name order, whatever order the file system lists them in: runs are repeatable
        walker.found.sort(java.util.Comparator.comparing(Candidate::file));
        walker.found.forEach(c -> candidates.putIfAbsent(c.realPath(), c));
        walker.skippedHere.sort(java.util.Comparator.comparing(ReadException::file));
        skipped.addAll(walker.skippedHere);
    }

    /** Walks one given folder without following links; reports what it does not read. */
    private final class Walker extends SimpleFileVisitor<Path> {
        private final Path given;
        private final Path root;
        final List<Candidate> found = new ArrayList<>();
        final List<ReadException> skippedHere = new ArrayList<>();

        Walker(Path given, Path root) {
            this.given = given;
            this.root = root;
        }

        /** The path as the user would write it: under the folder given, not its real path. */
        private Path shown(Path p) { return given.resolve(root.relativize(p)); }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            walkedFolders.add(dir);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            if (name.startsWith(".") || name.equals(Manifest.FILE_NAME)) {
                return FileVisitResult.CONTINUE;
            }
            Path target = file;
            if (attrs.isSymbolicLink()) {
                try {
                    target = file.toRealPath();
                } catch (IOException e) {
                    skippedHere.add(new ReadException(shown(file), linkProblem(file, e)));
                    return FileVisitResult.CONTINUE;
                }
                if (Files.isDirectory(target)) {
                    linkToFolder(file, target);
                    return FileVisitResult.CONTINUE;
                }
                if (!insideRoots(target)) {
                    skippedHere.add(new ReadException(shown(file), "a link to " + Shown.path(target)
                            + ", outside the folders given; not followed"));
                    return FileVisitResult.CONTINUE;
                }
            }
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                skippedHere.add(new ReadException(shown(file), SpecialFiles.describe(target)));
                return FileVisitResult.CONTINUE;
            }
            Path folder = file.getParent();
            found.add(new Candidate(shown(file), target, manifestOf(folder).entryFor(file)));
            return FileVisitResult.CONTINUE;
        }

        private void linkToFolder(Path link, Path target) {
            if (link.getParent().startsWith(target)) {
                skippedHere.add(new ReadException(shown(link), "a link loop: it leads back to " + Shown.path(target)
                        + ", a folder that holds it; not followed"));
            } else if (insideRoots(target)) {
                warnings.add(Shown.path(shown(link)) + ": a link to the folder " + Shown.path(target)
                        + "; not followed (the files there are read where they are)");
            } else {
                skippedHere.add(new ReadException(shown(link), "a link to the folder " + Shown.path(target)
                        + ", outside the folders given; not followed"));
            }
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            boolean folder = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
            skippedHere.add(new ReadException(shown(file), (folder ? "cannot read the folder: " : "cannot read: ")
                    + Shown.reason(e) + (folder ? "; its files were not read" : ""), e));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                skippedHere.add(new ReadException(shown(dir), "the folder could not be read to the end: " + Shown.reason(e), e));
            }
            return FileVisitResult.CONTINUE;
        }
    }

    private boolean insideRoots(Path real) {
        return roots.stream().anyMatch(real::startsWith);
    }

    /** Why a path's real location cannot be found: a broken link, a loop, or the I/O reason. */
    private static String linkProblem(Path p, IOException e) {
        boolean link = Files.isSymbolicLink(p);
        if (e instanceof NoSuchFileException) {
            return link ? "a broken link: its target does not exist" : "no such file or folder";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null
                && fse.getReason().toLowerCase(java.util.Locale.ROOT).contains("levels of symbolic links")) {
            return "a link loop: the link leads back to itself";
        }
        return "cannot be read: " + Shown.reason(e);
    }

    private Manifest manifestOf(Path folder) {
        return manifests.computeIfAbsent(folder.toAbsolutePath(), f -> {
            try {
                Manifest m = Manifest.of(f, rowsNeeded.get(f));
                warnings.addAll(m.problems());
                return m;
            } catch (IOException e) {
                warnings.add(Shown.path(f.resolve(Manifest.FILE_NAME)) + ": cannot read the manifest: " + Shown.reason(e));
                return Manifest.empty(f);
            }
        });
    }

    /** The files to read, each once, in the order found. */
    public List<Candidate> candidates() { return List.copyOf(candidates.values()); }

    /** Paths given or found that are not read, each with the reason. */
    public List<ReadException> missing() { return List.copyOf(skipped); }

    /** Manifest lines that could not be used, and links not followed that lose nothing. */
    public List<String> warnings() { return List.copyOf(warnings); }
}
