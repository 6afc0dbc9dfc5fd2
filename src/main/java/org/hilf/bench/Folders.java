package org.hilf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.hilf.read.Shown;

/** The benchmark's folders: made fresh, measured, removed. */
final class Folders {
    private Folders() { }

    /**
     * Creates {@code dir} when it does not exist; an existing one must be an empty folder.
     *
     * @param why what the folder is for, said in the error ("the corpus")
     * @throws IllegalArgumentException naming the folder when it is a file or holds files
     */
    static void requireNewOrEmpty(Path dir, String why) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new IllegalArgumentException(Shown.path(dir) + " is not empty: give a new or empty folder for " + why);
                }
            }
        } else if (Files.exists(dir)) {
            throw new IllegalArgumentException(Shown.path(dir) + " is a file: give a new or empty folder for " + why);
        }
        Files.createDirectories(dir);
    }

    /** The bytes of every file under {@code dir} (their lengths; TDB2's files are not sparse). */
    static long sizeOnDisk(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
