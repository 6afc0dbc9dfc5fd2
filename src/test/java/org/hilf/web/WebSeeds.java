package org.hilf.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.hilf.Ingestion;
import org.hilf.TestFiles;
import org.hilf.serve.HilfServer;
import org.hilf.store.HilfStore;

/**
 * The store the web tests look at: the bundled articles and one hostile article, served on a free
 * port (started on first use, stopped when the test JVM exits). The hostile article's title is
 * {@link #HOSTILE_TITLE}, its text holds a {@code <script>} in a sentence that reports a meeting
 * (so it is shown as evidence), and its address is a {@code javascript:} URL: all of it must be
 * shown as text and run nothing.
 */
final class WebSeeds {
    static final String HOSTILE_TITLE = "<img src=x onerror=alert(1)>";
    static final String HOSTILE_SCRIPT = "<script>alert(2)</script>";
    static final String HOSTILE_URL = "javascript:alert(3)";

    private static HilfServer server;

    private WebSeeds() { }

    static synchronized HilfServer server() {
        if (server == null) {
            try {
                Path dir = org.hilf.TestFiles.tempDir("hilf-web");
                Path articles = Files.createDirectories(dir.resolve("articles"));
                try (var files = Files.list(TestFiles.ARTICLES)) {
                    for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
                        Files.copy(f, articles.resolve(f.getFileName()));
                    }
                }
                String meta = Files.readString(TestFiles.ARTICLES.resolve("META.tsv"), StandardCharsets.UTF_8);
                Files.writeString(articles.resolve("META.tsv"), meta + (meta.endsWith("\n") ? "" : "\n")
                        + "zz_hostile.txt\tar\t2023-02-02\ttest\tThe test suite\t" + HOSTILE_TITLE + "\t" + HOSTILE_URL + "\n",
                        StandardCharsets.UTF_8);
                Files.writeString(articles.resolve("zz_hostile.txt"), hostileText(), StandardCharsets.UTF_8);
                HilfStore store = HilfStore.open(dir.resolve("store"));
                Ingestion.Result r = Ingestion.standard().run(List.of(articles), store, new Ingestion.Listener() {
                    @Override
                    public void started(int files) { }

                    @Override
                    public void done(Path file, boolean ok) { }
                });
                if (r.read() != 6 || !r.failed().isEmpty()) {
                    throw new AssertionError("the five seed articles and the hostile one must be read: " + r.failed());
                }
                server = HilfServer.start(store.datasetGraph(), "127.0.0.1", 0, 30_000);
                HilfServer s = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    s.close();
                    store.close();
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /** An article whose meeting sentence carries a script element. */
    static String hostileText() {
        return "طوكيو - التقى رئيس الوزراء الياباني فوميو كيشيدا الأمين العام لحلف الناتو ينس ستولتنبرغ في طوكيو يوم "
                + "الثلاثاء 31 يناير 2023 " + HOSTILE_SCRIPT + " لبحث التعاون الأمني.\n\n"
                + "وقال ستولتنبرغ إن \"" + HOSTILE_TITLE + " الشراكة مع اليابان مهمة\".\n";
    }

    /** The IRI of the hostile article, asked of the endpoint. */
    static String hostileArticle() {
        String q = "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?a { ?a dcterms:source \"zz_hostile.txt\" }";
        try (QueryExecHTTP exec = QueryExecHTTP.service(server().sparqlUrl()).query(q).build()) {
            return exec.select().next().get("a").getURI();
        }
    }
}
