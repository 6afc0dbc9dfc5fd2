package org.hilf.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.hilf.annotate.Gazetteer;
import org.hilf.read.Article;
import org.hilf.read.ArticleFiles;
import org.hilf.read.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
    private static final int ARTICLES = 300;
    static CorpusGenerator generator;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() { generator = new CorpusGenerator(Gazetteer.load()); }

    @Test
    void articlesHaveRealSizesBothLanguagesAndManyActors() throws Exception {
        Path corpus = dir.resolve("corpus");
        CorpusGenerator.Summary summary = generator.write(ARTICLES, 1, corpus);
        assertEquals(ARTICLES, summary.articles());
        double arabic = (double) summary.arabic() / ARTICLES;
        assertTrue(arabic > 0.5 && arabic < 0.7, "Arabic share " + arabic);
        assertTrue(summary.distinctPeople() > ARTICLES, summary.distinctPeople() + " distinct people in " + ARTICLES + " articles");

        // the reader takes each file's language, date and title from META.tsv, as for any folder
        ArticleReader reader = new ArticleReader();
        Set<Integer> years = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        List<ArticleFiles.Candidate> files = ArticleFiles.collect(List.of(corpus)).candidates();
        assertEquals(ARTICLES, files.size());
        for (ArticleFiles.Candidate c : files) {
            long size = Files.size(c.file());
            assertTrue(size >= ArticleComposer.MIN_BYTES && size <= ArticleComposer.MAX_BYTES, c.file() + ": " + size + " bytes");
            Article a = reader.read(c.file(), c.hint());
            int index = Integer.parseInt(c.file().getFileName().toString().substring(0, 6));
            SyntheticArticle expected = generator.article(1, index);
            assertEquals(expected.language(), a.language(), c.file().toString());
            assertEquals(expected.published(), a.published(), c.file().toString());
            assertEquals(expected.title(), a.title(), c.file().toString());
            years.add(a.published().getYear());
            kinds.add(expected.leadKind());
        }
        assertTrue(years.size() >= 11, "years " + years);
        assertTrue(years.stream().allMatch(y -> y >= Cast.FIRST_YEAR && y <= Cast.LAST_YEAR), "years " + years);
        assertEquals(Set.of("meeting", "reception", "visit", "summit", "presser", "agreement", "statement"), kinds);
    }

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedOthers() throws Exception {
        generator.write(40, 5, dir.resolve("a"));
        generator.write(40, 5, dir.resolve("b"));
        generator.write(40, 6, dir.resolve("c"));
        List<Path> a = files(dir.resolve("a"));
        assertEquals(41, a.size());
        assertEquals(a.stream().map(Path::getFileName).toList(), files(dir.resolve("b")).stream().map(Path::getFileName).toList());
        for (Path f : a) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(dir.resolve("b").resolve(f.getFileName())), f.toString());
        }
        assertNotEquals(Files.readString(dir.resolve("a/META.tsv")), Files.readString(dir.resolve("c/META.tsv")));
    }

    @Test
    void aFolderThatHoldsFilesIsRefusedByName() throws Exception {
        Path taken = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(taken.resolve("notes.txt"), "mine");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generator.write(3, 1, taken));
        assertTrue(e.getMessage().contains("taken") && e.getMessage().contains("not empty"), e.getMessage());
        assertEquals(1, files(taken).size());
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
