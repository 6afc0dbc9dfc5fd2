package org.hilf;

import java.nio.file.Path;

/** Where the tests find the project's files (Surefire runs in the project folder). */
public final class TestFiles {
    public static final Path ARTICLES = Path.of("data/articles");
    public static final Path QUERIES = Path.of("queries");

    private TestFiles() { }
}
