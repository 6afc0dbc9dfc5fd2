package org.hilf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.hilf.annotate.Gazetteer;
import org.hilf.graph.Vocab;
import org.hilf.read.Shown;
import org.hilf.store.HilfStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zoo of bad input, made here, ingested in one run beside good articles. Each kind has its
 * expected outcome: skipped and named with its reason, stored with a warning, or stored; the
 * good articles are always stored, and nothing from outside the folder reaches the store.
 */
class BadInputZooTest {
    enum Outcome { SKIPPED, WARNED, STORED }

    /** One kind of bad input: where it is, what must happen, and the words the reason must contain. */
    record Kind(String name, Path path, Outcome outcome, String reason) { }

    @TempDir
    static Path tmp;

    static final List<Kind> kinds = new ArrayList<>();
    static final List<Path> good = new ArrayList<>();
    static Path zoo;
    static Path secret;
    static HilfStore store;
    static Ingestion.Result result;
    static Set<String> storedPaths;
    static String everyLiteral;

    static void kind(String name, Path path, Outcome outcome, String reason) {
        kinds.add(new Kind(name, path, outcome, reason));
    }

    @BeforeAll
    static void makeTheZooAndIngestIt() throws IOException {
        zoo = Files.createDirectories(tmp.resolve("zoo"));
        secret = Zoo.write(tmp.resolve("outside/secret.txt"), "TOP-SECRET-LINE root:x:0:0 and the rest of a line of words");
        String arabic = Files.readString(TestFiles.ARTICLES.resolve("004_f4631beb2d4bc712.txt"));
        for (String seed : new String[] {"002_4dbecf903f52230b.txt", "004_f4631beb2d4bc712.txt"}) {
            good.add(Files.copy(TestFiles.ARTICLES.resolve(seed), zoo.resolve("good-" + seed)));
        }
        good.add(Zoo.write(zoo.resolve("deep/er/still/good.txt"), Files.readString(TestFiles.ARTICLES.resolve("003_3b1ee1feec353f5c.txt"))));
        good.add(Zoo.write(zoo.resolve("english.txt"), Zoo.ENGLISH));

        // Files whose content is not an article
        kind("empty file", Zoo.write(zoo.resolve("empty.txt"), new byte[0]), Outcome.SKIPPED, "empty file");
        kind("white space only", Zoo.write(zoo.resolve("blank.txt"), " \n\t\n   \n"), Outcome.SKIPPED, "no text");
        kind("a byte-order mark only", Zoo.write(zoo.resolve("bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), Outcome.SKIPPED, "no text");
        kind("random bytes", Zoo.write(zoo.resolve("random.bin"), Zoo.random(8192, 1)), Outcome.SKIPPED, "not a document");
        kind("random bytes named .txt", Zoo.write(zoo.resolve("random.txt"), Zoo.random(8192, 2)), Outcome.SKIPPED, "encoded or binary");
        kind("NUL bytes in text", Zoo.write(zoo.resolve("nuls.txt"), ("abc\0\0\0\0def\0\0\0 ").repeat(200)), Outcome.SKIPPED, "garbled");
        kind("emoji only", Zoo.write(zoo.resolve("emoji.txt"), "😀🎉🔥 🚀🌍 ✨💥 ".repeat(30)), Outcome.SKIPPED, "no words");
        kind("digits and symbols only", Zoo.write(zoo.resolve("numbers.txt"), "12 345 6789 -- ## 42 %% 3.14\n".repeat(40)), Outcome.SKIPPED, "no words");
        kind("a single word", Zoo.write(zoo.resolve("word.txt"), "الناتو"), Outcome.SKIPPED, "single word");
        kind("a single word among emoji", Zoo.write(zoo.resolve("word-emoji.txt"), "🔥🔥 NATO 🔥🔥 123"), Outcome.SKIPPED, "single word");
        kind("base64 data", Zoo.write(zoo.resolve("base64.txt"), Base64.getMimeEncoder().encodeToString(Zoo.random(20_000, 3))), Outcome.SKIPPED, "encoded or binary");
        kind("hex dump", Zoo.write(zoo.resolve("hex.txt"), java.util.HexFormat.of().formatHex(Zoo.random(6000, 4))), Outcome.SKIPPED, "encoded or binary");
        kind("symbol soup", Zoo.write(zoo.resolve("soup.txt"), "{}[]<>/\\|!@#$%^&*()_+=~` a ; : , . ?\n".repeat(80)), Outcome.SKIPPED, "encoded or binary");
        kind("a JSON file", Zoo.write(zoo.resolve("data.json"), "{\"title\": \"" + arabic.substring(0, 400).replace("\"", "'").replace("\n", " ") + "\", \"n\": [1,2,3]}"), Outcome.SKIPPED, "data file");
        kind("a CSV table of numbers", Zoo.write(zoo.resolve("table.csv"), "1,2,3\n4,5,6\n7,8,9\n".repeat(50)), Outcome.SKIPPED, "no words");
        kind("HTML with scripts only", Zoo.write(zoo.resolve("scripts.html"), "<html><head><script>var a = 1; function f() { return a; }</script><style>body { color: red }</style></head><body><script>f()</script></body></html>"), Outcome.SKIPPED, "no text");
        kind("HTML that is binary", Zoo.write(zoo.resolve("binary.html"), Zoo.random(4096, 5)), Outcome.SKIPPED, "encoded or binary");
        kind("Arabic in a JSON file", Zoo.write(zoo.resolve("arabic.json"), arabic.substring(0, 2000)), Outcome.SKIPPED, "data file");
        kind("English text declared Arabic", Zoo.write(zoo.resolve("declared-ar.txt"), Zoo.ENGLISH), Outcome.SKIPPED, "no word in the script");

        // Broken and hostile documents
        kind("a corrupt PDF", Zoo.write(zoo.resolve("corrupt.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> broken"), Outcome.SKIPPED, "cannot parse");
        kind("a truncated PDF", Zoo.truncatedPdf(zoo.resolve("truncated.pdf"), 300), Outcome.SKIPPED, "cannot parse as application/pdf");
        kind("an encrypted PDF", Zoo.pdf(zoo.resolve("encrypted.pdf"), "Secret minutes of the meeting", "pw"), Outcome.SKIPPED, "encrypted");
        kind("a PDF with no text", Zoo.pdf(zoo.resolve("no-text.pdf"), null, null), Outcome.SKIPPED, "no text");
        kind("a docx with no text", Zoo.docx(zoo.resolve("no-text.docx"), null), Outcome.SKIPPED, "no text");
        kind("a docx that is a zip of junk", Zoo.zip(zoo.resolve("junk.docx"), "[Content_Types].xml", "<junk", "word/document.xml", Zoo.random(500, 6)), Outcome.SKIPPED, "cannot parse");
        kind("a zip bomb", Zoo.zip(zoo.resolve("bomb.zip"), "a.txt", Zoo.bomb(24)), Outcome.SKIPPED, "zip bomb");
        kind("a gzip bomb", Zoo.gzip(zoo.resolve("bomb.txt.gz"), Zoo.bomb(24)), Outcome.SKIPPED, "zip bomb");
        kind("XXE in XML", Zoo.write(zoo.resolve("xxe.xml"), "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]><r>&x; " + Zoo.ENGLISH + "</r>"), Outcome.STORED, "");
        kind("XXE in XHTML", Zoo.write(zoo.resolve("xxe.xhtml"), "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&x;</p><p>" + Zoo.ENGLISH + "</p></body></html>"), Outcome.STORED, "");
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        kind("billion laughs", Zoo.write(zoo.resolve("laughs.xml"), laughs.append("]><lolz>&lol9;</lolz>").toString()), Outcome.SKIPPED, "entity expansions");
        kind("too large", Zoo.write(zoo.resolve("large.txt"), (Zoo.ENGLISH + "\n").repeat(6000)), Outcome.SKIPPED, "file too large");
        // 30 copies of a bundled article: some 13,800 quads, past the limit of 10,000 given below
        kind("too many quads", Zoo.write(zoo.resolve("dense.txt"), (arabic + "\n").repeat(30)), Outcome.SKIPPED, "quads");

        // The file system
        kind("a link to a file outside", Files.createSymbolicLink(zoo.resolve("shadow.txt"), secret), Outcome.SKIPPED, "outside the folders given");
        kind("a link to /etc/passwd", Files.createSymbolicLink(zoo.resolve("passwd.txt"), Path.of("/etc/passwd")), Outcome.SKIPPED, "outside the folders given");
        kind("a link to a folder outside", Files.createSymbolicLink(zoo.resolve("etc"), secret.getParent()), Outcome.SKIPPED, "outside the folders given");
        kind("a broken link", Files.createSymbolicLink(zoo.resolve("broken.txt"), zoo.resolve("nowhere.txt")), Outcome.SKIPPED, "broken link");
        kind("a link to itself", Files.createSymbolicLink(zoo.resolve("self.txt"), zoo.resolve("self.txt")), Outcome.SKIPPED, "link loop");
        Files.createDirectories(zoo.resolve("loop"));
        kind("a link to its own folder", Files.createSymbolicLink(zoo.resolve("loop/up"), zoo), Outcome.SKIPPED, "link loop");
        kind("a link inside to a file inside", Files.createSymbolicLink(zoo.resolve("alias.txt"), good.get(0)), Outcome.STORED, "");
        kind("a link to a folder inside", Files.createSymbolicLink(zoo.resolve("deep-alias"), zoo.resolve("deep")), Outcome.WARNED, "not followed");
        Path fifo = Zoo.fifo(zoo.resolve("pipe.txt"));
        if (fifo != null) {
            kind("a named pipe", fifo, Outcome.SKIPPED, "named pipe");
        }
        Path socket = Zoo.socket(zoo.resolve("socket.txt"));
        if (socket != null) {
            kind("a socket", socket, Outcome.SKIPPED, "socket");
        }
        kind("a name with a newline and terminal escapes", Zoo.write(zoo.resolve("evil\nSkipped 0 file(s)\u001b[2J.txt"), new byte[0]), Outcome.SKIPPED, "empty file");
        kind("a name with a right-to-left override", Zoo.write(zoo.resolve("invoice\u202Etxt.exe"), new byte[0]), Outcome.SKIPPED, "empty file");
        Zoo.write(zoo.resolve(".hidden.txt"), Files.readString(good.get(0)) + " hidden");
        kind("the same text at two paths", Zoo.write(zoo.resolve("copy/good.txt"), Files.readString(good.get(2))), Outcome.STORED, "");

        // The manifest
        Zoo.write(zoo.resolve("meta-ok.txt"), Zoo.ENGLISH + " Second copy for the manifest.");
        Zoo.write(zoo.resolve("bad-lang.txt"), Zoo.ENGLISH + " Third copy.");
        Zoo.write(zoo.resolve("bad-date.txt"), Zoo.ENGLISH + " Fourth copy.");
        Zoo.write(zoo.resolve("bad-date2.txt"), Zoo.ENGLISH + " Fifth copy.");
        Zoo.write(zoo.resolve("META.tsv"), String.join("\n",
                "file\tlanguage\tpublished\ttitle",
                "meta-ok.txt\ten\t2023-07-11\tA title",
                "bad-lang.txt\tarabic!\t2023-07-11\tt",
                "bad-date.txt\ten\t-0001-01-01\tt",
                "bad-date2.txt\ten\t2023-13-45\tt",
                "gone.txt\tar\t2023-07-11\tt",
                "\tar\t2023-07-11\tno name",
                "declared-ar.txt\tar\t\t"));
        Path meta = zoo.resolve("META.tsv");
        kind("a manifest language that is no code", meta, Outcome.WARNED, "META.tsv:3: language 'arabic!' is not an ISO 639-1 code");
        kind("a manifest date before year 1", meta, Outcome.WARNED, "META.tsv:4: published '-0001-01-01' is not between");
        kind("a manifest date that is no date", meta, Outcome.WARNED, "META.tsv:5: published '2023-13-45' is not a date");
        kind("a manifest row for a missing file", meta, Outcome.WARNED, "META.tsv:6: names 'gone.txt', which is not in the folder");
        kind("a manifest row with no file name", meta, Outcome.WARNED, "META.tsv:7: no file name");
        kind("the file of a bad language row is still read", zoo.resolve("bad-lang.txt"), Outcome.STORED, "");
        kind("the file of a bad date row is still read", zoo.resolve("bad-date.txt"), Outcome.STORED, "");
        Zoo.write(zoo.resolve("headless/META.tsv"), "name\tlanguage\nx.txt\tar\n");
        good.add(Zoo.write(zoo.resolve("headless/fine.txt"), arabic));
        kind("a manifest with no file column", zoo.resolve("headless/META.tsv"), Outcome.WARNED, "no 'file' column");

        Path missing = tmp.resolve("not-there");
        kind("a path that does not exist", missing, Outcome.SKIPPED, "no such file or folder");
        Ingestion ingestion = new Ingestion(Gazetteer.load(), 400_000, 2, 10_000, false);
        store = HilfStore.open(tmp.resolve("store"));
        result = ingestion.run(List.of(zoo, missing), store, new EndToEndTest.Silent());
        storedPaths = Txn.calculateRead(store.datasetGraph(), () -> {
            Set<String> s = new HashSet<>();
            store.datasetGraph().find(Node.ANY, Node.ANY, Vocab.SOURCE_PATH, Node.ANY)
                    .forEachRemaining(q -> s.add(q.getObject().getLiteralLexicalForm()));
            return s;
        });
        everyLiteral = Txn.calculateRead(store.datasetGraph(), () -> {
            StringBuilder b = new StringBuilder();
            store.datasetGraph().find().forEachRemaining(q -> {
                if (q.getObject().isLiteral()) {
                    b.append(q.getObject().getLiteralLexicalForm()).append('\n');
                }
            });
            return b.toString();
        });
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    static String real(Path p) {
        try {
            return p.toRealPath().toString();
        } catch (IOException e) {
            return p.toString();
        }
    }

    @TestFactory
    Stream<DynamicTest> eachKindHasItsOutcome() {
        return kinds.stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> {
            String shown = Shown.path(k.path());
            switch (k.outcome()) {
                case SKIPPED -> assertTrue(result.failed().stream().anyMatch(f -> f.startsWith(shown + ": ") && f.contains(k.reason())),
                        k.name() + ": expected '" + shown + ": …" + k.reason() + "' among " + String.join("\n", result.failed()));
                case WARNED -> assertTrue(result.warnings().stream().anyMatch(w -> w.contains(k.reason())),
                        k.name() + ": expected a warning with '" + k.reason() + "' among " + String.join("\n", result.warnings()));
                case STORED -> assertTrue(storedPaths.contains(real(k.path())), k.name() + ": not stored; failed: " + result.failed());
            }
        }));
    }

    @Test
    void theZooHasAtLeastFortyKinds() {
        assertTrue(kinds.size() >= 40, kinds.size() + " kinds");
    }

    @Test
    void everyGoodArticleIsStoredAndNothingElseIsSkipped() {
        for (Path g : good) {
            assertTrue(storedPaths.contains(real(g)), g + " was not stored; failed: " + result.failed());
        }
        long expectedSkips = kinds.stream().filter(k -> k.outcome() == Outcome.SKIPPED).count();
        assertEquals(expectedSkips, result.failed().size(), String.join("\n", result.failed()));
    }

    @Test
    void nothingFromOutsideTheFolderReachedTheStore() {
        assertFalse(everyLiteral.contains("TOP-SECRET-LINE"), "the secret file outside the folder was read");
        assertFalse(everyLiteral.contains("root:x:0:0:root"), "/etc/passwd was read");
        assertFalse(everyLiteral.contains("lollollollollollollollollol"), "entities were expanded");
        assertFalse(storedPaths.stream().anyMatch(p -> p.contains(".hidden")), "hidden files are not read");
    }

    @Test
    void theSameTextAtTwoPathsIsTwoArticlesAndALinkedFileIsOne() {
        assertTrue(storedPaths.contains(real(good.get(2))) && storedPaths.contains(real(zoo.resolve("copy/good.txt"))));
        assertEquals(1, storedPaths.stream().filter(p -> p.equals(real(good.get(0)))).count());
    }

    @Test
    void namesWithControlCharactersCannotForgeLines() {
        for (String f : result.failed()) {
            assertFalse(f.contains("\n") || f.contains("\u001b") || f.contains("\u202E"), f);
        }
        assertTrue(result.failed().stream().anyMatch(f -> f.contains("evil\\nSkipped 0 file(s)\\x1b[2J.txt: empty file")), result.failed().toString());
        assertTrue(result.failed().stream().anyMatch(f -> f.contains("invoice\\u202etxt.exe")), result.failed().toString());
    }
}
