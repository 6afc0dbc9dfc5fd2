package org.hilf.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files named one by one have only their manifest rows read; a folder given has all of them. */
class ManifestRowsTest {
    private static final String META = "file\tlanguage\tpublished\ttitle\n"
            + "a.txt\tar\t2023-11-22\tأ\n"
            + "b.txt\txx-klingon\tyesterday\tب\n"
            + "c.txt\ten\tnever\tc\n"
            + "gone.txt\ten\t2023-01-01\tgone\n";

    @TempDir
    Path dir;

    @Test
    void onlyTheRowsAskedForAreReadAndTheirProblemsNameFileLineAndReason() throws Exception {
        Files.writeString(dir.resolve(Manifest.FILE_NAME), META);
        Manifest m = Manifest.of(dir, Set.of("a.txt", "b.txt"));
        assertEquals(LocalDate.of(2023, 11, 22), m.entryForName("a.txt").published());
        assertEquals("ب", m.entryForName("b.txt").title(), "a bad value keeps the row's other values");
        assertNull(m.entryForName("c.txt").title(), "a row not asked for is not read");
        assertEquals(2, m.problems().size(), m.problems().toString());
        assertTrue(m.problems().stream().allMatch(p -> p.contains("META.tsv:3: ")), m.problems().toString());
        assertTrue(m.problems().stream().anyMatch(p -> p.contains("language 'xx-klingon' is not an ISO 639-1 code")), m.problems().toString());
        assertTrue(m.problems().stream().anyMatch(p -> p.contains("published 'yesterday' is not a date")), m.problems().toString());
        assertEquals(2, m.missingRows().size(), m.missingRows().toString());
        assertTrue(m.missingRows().stream().noneMatch(r -> r.contains("gone.txt")), "rows not asked for are not reported missing");
    }

    @Test
    void filesNamedReadTheirRowsAndAFolderGivenReadsAll() throws Exception {
        Files.writeString(dir.resolve(Manifest.FILE_NAME), META);
        Path a = Files.writeString(dir.resolve("a.txt"), "نص");
        Path c = Files.writeString(dir.resolve("c.txt"), "text");
        Files.writeString(dir.resolve("b.txt"), "نص");

        ArticleFiles named = ArticleFiles.collect(List.of(a, c));
        assertEquals(LocalDate.of(2023, 11, 22), named.candidates().get(0).hint().published());
        assertEquals("c", named.candidates().get(1).hint().title());
        assertEquals(1, named.warnings().size(), named.warnings().toString());
        assertTrue(named.warnings().get(0).contains("META.tsv:4: published 'never' is not a date"), named.warnings().toString());

        ArticleFiles folder = ArticleFiles.collect(List.of(dir, a));
        List<String> all = folder.warnings();
        assertEquals(4, all.size(), "b's two problems, c's, and gone.txt's missing file: " + all);
        assertTrue(all.stream().anyMatch(w -> w.contains("names 'gone.txt', which is not in the folder")), all.toString());
    }

    @Test
    void linesSplitAsAReaderSplitsThemAndRowsNotWantedAreCountedNotReturned() {
        byte[] text = "h\tfile\r\nx\ta.txt\ry\tب.txt\n\nz\n#c\tb.txt".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ManifestLines all = new ManifestLines(text, null);
        List<String> lines = new java.util.ArrayList<>();
        for (String l; (l = all.nextRow(1)) != null; ) {
            lines.add(all.number() + ":" + l);
        }
        assertEquals(List.of("1:h\tfile", "2:x\ta.txt", "3:y\tب.txt", "4:", "5:z", "6:#c\tb.txt"), lines);
        ManifestLines some = new ManifestLines(text, Set.of("ب.txt", "b.txt"));
        assertEquals("h\tfile", some.next());
        assertEquals("y\tب.txt", some.nextRow(1));
        assertEquals(3, some.number());
        assertEquals("#c\tb.txt", some.nextRow(1));
        assertEquals(6, some.number());
        assertNull(some.nextRow(1));
    }
}
