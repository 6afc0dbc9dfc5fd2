package org.hilf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the project's files (Surefire runs in the project folder). */
public final class TestFiles {
    public static final Path ARTICLES = Path.of("data/articles");
    public static final Path QUERIES = Path.of("queries");

    private TestFiles() { }

    /**
     * A fresh folder for a store that a shared server keeps open until the JVM ends: under
     * {@code target/tmp}, which {@code mvn clean} removes, never left behind in the system's /tmp.
     */
    public static Path tempDir(String prefix) throws IOException {
        Path base = Files.createDirectories(Path.of("target", "tmp"));
        return Files.createTempDirectory(base, prefix);
    }
}
