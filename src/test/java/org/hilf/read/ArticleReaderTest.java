package org.hilf.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    static final String ARABIC = "زار الأمين العام لحلف شمال الأطلسي اليابان وكوريا الجنوبية في يناير 2023، "
            + "والتقى رئيس الوزراء الياباني في طوكيو لبحث التعاون بين الجانبين في مجالات الأمن والدفاع.";
    final ArticleReader reader = new ArticleReader();

    @TempDir
    Path dir;

    Article read(Path f) throws ReadException { return reader.read(f, Manifest.Entry.EMPTY); }

    @Test
    void utf8Text() throws Exception {
        Article a = read(Files.writeString(dir.resolve("a.txt"), ARABIC, StandardCharsets.UTF_8));
        assertEquals(ARABIC, a.text());
        assertEquals("ar", a.language());
        assertEquals("a.txt", a.sourceName());
    }

    @Test
    void utf16Text() throws Exception {
        Path f = dir.resolve("b.txt");
        Files.write(f, ARABIC.getBytes(StandardCharsets.UTF_16));
        assertEquals(ARABIC, read(f).text());
    }

    @Test
    void windows1256Text() throws Exception {
        Path f = dir.resolve("c.txt");
        String longer = ARABIC + "\n" + ARABIC + "\n" + ARABIC;
        Files.write(f, longer.getBytes(Charset.forName("windows-1256")));
        assertEquals(longer, read(f).text());
    }

    @Test
    void htmlTitleAndPublicationDate() throws Exception {
        String html = "<html><head><meta charset='utf-8'><title>الناتو في آسيا</title>"
                + "<meta property='article:published_time' content='2023-02-01T08:00:00Z'></head><body><p>" + ARABIC + "</p></body></html>";
        Article a = read(Files.writeString(dir.resolve("d.html"), html));
        assertEquals("الناتو في آسيا", a.title());
        assertEquals(LocalDate.of(2023, 2, 1), a.published());
        assertEquals(Article.DateBasis.HTML_META, a.publishedBasis());
        assertTrue(a.text().contains("زار الأمين العام"));
    }

    @Test
    void aWebPageWithoutItsMenusSidebarsAndFooter() throws Exception {
        String html = "<!DOCTYPE html><html><head><meta charset='utf-8'><title>زيارة</title></head><body>"
                + "<header><nav><ul><li><a href='/'>الرئيسية</a></li><li><a href='/w'>أخبار العالم: روسيا وأوكرانيا</a></li></ul></nav></header>"
                + "<main><article><h1>الناتو في طوكيو</h1><p>" + ARABIC + "</p><p>" + ARABIC + "</p></article></main>"
                + "<aside><h3>أخبار ذات صلة</h3><ul><li>أوربان يلتقي زعيمة حزب ألماني</li></ul></aside>"
                + "<footer>جميع الحقوق محفوظة © موقع إخباري</footer><script>var x = 'الصين';</script></body></html>";
        Article a = read(Files.writeString(dir.resolve("page.html"), html));
        assertTrue(a.text().startsWith("الناتو في طوكيو"), a.text());
        assertTrue(a.text().contains("زار الأمين العام"));
        for (String furniture : new String[] {"الرئيسية", "روسيا", "أوربان", "جميع الحقوق", "الصين"}) {
            assertTrue(!a.text().contains(furniture), "page furniture in the text: " + furniture);
        }
        assertEquals("زيارة", a.title());
    }

    @Test
    void aWebPageWithoutMarkedContentKeepsItsParagraphsApart() throws Exception {
        String html = "<html><body><nav>القائمة</nav><div><p>" + ARABIC + "</p><p>فقرة ثانية عن اليابان.</p></div></body></html>";
        Article a = read(Files.writeString(dir.resolve("plain.html"), html));
        assertTrue(a.text().contains("الدفاع.\n"), a.text());
        assertTrue(!a.text().contains("القائمة"));
    }

    @Test
    void docx() throws Exception {
        Path f = dir.resolve("e.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream o = Files.newOutputStream(f)) {
            doc.createParagraph().createRun().setText(ARABIC);
            doc.getProperties().getCoreProperties().setTitle("تقرير");
            doc.write(o);
        }
        Article a = read(f);
        assertTrue(a.text().contains("زار الأمين العام"));
        assertEquals("تقرير", a.title());
    }

    @Test
    void englishIsTellByScriptAndDetector() throws Exception {
        Article a = read(Files.writeString(dir.resolve("en.txt"),
                "NATO Secretary General Jens Stoltenberg met Prime Minister Fumio Kishida in Tokyo on Tuesday to discuss security."));
        assertEquals("en", a.language());
    }

    @Test
    void theManifestGivesWhatTheFileLacks() throws Exception {
        Path f = Files.writeString(dir.resolve("m.txt"), ARABIC);
        Files.writeString(dir.resolve("META.tsv"), "file\tlanguage\tpublished\ttitle\tsource_url\n"
                + "m.txt\tar\t2023-11-22\tعنوان\thttps://example.org/a\n");
        Article a = reader.read(f, Manifest.of(dir).entryFor(f));
        assertEquals(LocalDate.of(2023, 11, 22), a.published());
        assertEquals(Article.DateBasis.MANIFEST, a.publishedBasis());
        assertEquals("عنوان", a.title());
        assertEquals("https://example.org/a", a.sourceUrl());
    }

    @Test
    void aBadManifestDateIsReportedNotFatal() throws Exception {
        Files.writeString(dir.resolve("META.tsv"), "file\tpublished\nm.txt\tyesterday\n");
        Manifest m = Manifest.of(dir);
        assertEquals(1, m.problems().size());
        assertTrue(m.problems().get(0).contains("META.tsv:2"), m.problems().toString());
    }

    @Test
    void badInputsHaveReasons() throws Exception {
        assertEquals("empty file", assertThrows(ReadException.class, () -> read(Files.write(dir.resolve("x.txt"), new byte[0]))).getMessage());
        assertEquals("no such file", assertThrows(ReadException.class, () -> read(dir.resolve("nope.txt"))).getMessage());
        Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(2000));
        assertTrue(assertThrows(ReadException.class, () -> new ArticleReader(1000).read(big, Manifest.Entry.EMPTY))
                .getMessage().startsWith("file too large"));
    }

    @Test
    void theKeyIsTheRealPathAndTheTextUnlessDeduplicating() throws Exception {
        Path k1 = Files.writeString(dir.resolve("k1.txt"), ARABIC);
        Path k2 = Files.writeString(dir.resolve("k2.txt"), ARABIC);
        Article a = read(k1);
        assertNotEquals(a.key(), read(k2).key(), "the same text at two paths is two articles");
        Files.createDirectories(dir.resolve("sub"));
        Article viaDots = read(dir.resolve("sub/../k1.txt"));
        Article viaLink = read(Files.createSymbolicLink(dir.resolve("link.txt"), k1));
        assertEquals(a.key(), viaDots.key());
        assertEquals(a.key(), viaLink.key(), "a file is the same article however it is named");
        assertEquals(k1.toRealPath().toString(), viaLink.sourcePath());
        assertEquals(viaDots.sourcePath(), a.sourcePath());
        ArticleReader byText = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES, true);
        assertEquals(byText.read(k1, Manifest.Entry.EMPTY).key(), byText.read(k2, Manifest.Entry.EMPTY).key());
    }

    @Test
    void bytesAndANameReadAsTheFileDoes() throws Exception {
        Manifest m = Manifest.of(org.hilf.TestFiles.ARTICLES);
        Manifest parsed = Manifest.parse(Files.readString(org.hilf.TestFiles.ARTICLES.resolve("META.tsv")), "META.tsv");
        Path html = Files.writeString(dir.resolve("p.html"), "<html><head><title>t</title></head><body><nav>menu</nav><p>"
                + ARABIC + "</p></body></html>");
        Path cp1256 = Files.write(dir.resolve("c.txt"), (ARABIC + "\n" + ARABIC).getBytes(Charset.forName("windows-1256")));
        java.util.List<Path> files = new java.util.ArrayList<>(java.util.List.of(html, cp1256));
        try (var s = Files.list(org.hilf.TestFiles.ARTICLES)) {
            s.filter(f -> f.toString().endsWith(".txt")).forEach(files::add);
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            Article fromFile = reader.read(f, m.entryFor(f));
            // a local file is known by its real path; bytes by the source path given, so give that path
            Article fromBytes = reader.read(Files.readAllBytes(f), name, f.toRealPath().toString(), parsed.entryForName(name));
            assertEquals(fromFile, fromBytes, name);
        }
        ReadException empty = assertThrows(ReadException.class,
                () -> reader.read(new byte[0], "e.txt", "s3a://bucket/e.txt", Manifest.Entry.EMPTY));
        assertEquals("s3a://bucket/e.txt: empty file", empty.describe());
        assertTrue(assertThrows(ReadException.class, () -> reader.read(new byte[] {0, 1, 2, (byte) 0xff, 7, 0, 0, 3}, "j.bin",
                "hdfs:///in/j.bin", Manifest.Entry.EMPTY)).describe().startsWith("hdfs:///in/j.bin: "));
    }
}
