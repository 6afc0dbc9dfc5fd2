package org.hilf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.hilf.graph.Iris;
import org.hilf.graph.Vocab;
import org.hilf.store.HilfStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The commands as a user runs them: output, errors and exit codes. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) { }

    static Run run(String... args) {
        CommandLine cl = HilfCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheCommands() {
        Run r = run("--help");
        assertEquals(0, r.code());
        for (String c : new String[] {"ingest", "serve", "query", "export", "validate"}) {
            assertTrue(r.out().contains(c), r.out());
        }
        assertEquals(0, run("ingest", "--help").code());
    }

    @Test
    void ingestThenQueryAFileFromQueries() {
        String store = dir.resolve("store").toString();
        Run ingest = run("ingest", "--store", store, "data/articles");
        assertEquals(0, ingest.code(), ingest.err());
        assertTrue(ingest.out().contains("Ingested 5 article(s)"), ingest.out());
        Run q = run("query", "--store", store, "--format", "csv", "queries/q01-states-nato-met-2023.rq");
        assertEquals(0, q.code(), q.err());
        for (String code : new String[] {"JP", "KR", "AU", "NZ"}) {
            assertTrue(q.out().contains(code), q.out());
        }
    }

    @Test
    void ingestWithABadFileExitsOneAndNamesIt() throws Exception {
        Path bad = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Run r = run("ingest", "--store", dir.resolve("store").toString(), bad.toString());
        assertEquals(HilfCommand.SOME_FAILED, r.code());
        assertTrue(r.err().contains("empty.txt: empty file"), r.err());
    }

    @Test
    void queryWithoutAStoreIsAOneLineError() {
        Run r = run("query", "--store", dir.resolve("nothing").toString(), "ASK {}");
        assertEquals(HilfCommand.ERROR, r.code());
        assertTrue(r.err().startsWith("hilf: no store at"), r.err());
        assertEquals(1, r.err().strip().lines().count());
    }

    @Test
    void compactCompactsAStoreAndNamesAMissingOne() {
        String store = dir.resolve("store").toString();
        run("ingest", "--store", store, "data/articles/004_f4631beb2d4bc712.txt");
        Run c = run("compact", "--store", store);
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().startsWith("Compacted "), c.out());
        Run q = run("query", "--store", store, "SELECT ?a WHERE { ?a a <https://w3id.org/hilf/ontology#Article> }");
        assertTrue(q.out().contains("id/article/"), q.out());
        Run none = run("compact", "--store", dir.resolve("nothing").toString());
        assertEquals(HilfCommand.ERROR, none.code());
        assertTrue(none.err().startsWith("hilf: no store at"), none.err());
    }

    @Test
    void aQueryThatDoesNotParseIsNamed() {
        String store = dir.resolve("store").toString();
        run("ingest", "--store", store, "data/articles/004_f4631beb2d4bc712.txt");
        Run r = run("query", "--store", store, "SELECT WHERE");
        assertEquals(HilfCommand.ERROR, r.code());
        assertTrue(r.err().contains("does not parse"), r.err());
    }

    @Test
    void explainShowsFactsWithTheirSentences() {
        String store = dir.resolve("store").toString();
        run("ingest", "--store", store, "data/articles/004_f4631beb2d4bc712.txt");
        Run r = run("explain", "--store", store, "person/gen-nakatani");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("affiliation"), r.out());
        assertTrue(r.out().contains("the reference data (gazetteer)"), r.out());
        assertTrue(r.out().contains("004_f4631beb2d4bc712.txt (2025-04-08), where the article says:"), r.out());
        assertTrue(r.out().contains("ناكاتاني"), r.out());
        Run none = run("explain", "--store", store, "person/nobody");
        assertEquals(HilfCommand.ERROR, none.code());
        assertTrue(none.err().contains("nothing is known of"), none.err());
    }

    @Test
    void exportWritesTurtleAndTrig() throws Exception {
        String store = dir.resolve("store").toString();
        run("ingest", "--store", store, "data/articles/004_f4631beb2d4bc712.txt");
        Path ttl = dir.resolve("g.ttl");
        assertEquals(0, run("export", "--store", store, "--out", ttl.toString()).code());
        assertTrue(Files.readString(ttl).contains("hilf:Meeting") || Files.readString(ttl).contains("ontology#Meeting"));
        Path trig = dir.resolve("g.trig");
        assertEquals(0, run("export", "--store", store, "--format", "trig", "--out", trig.toString()).code());
        assertTrue(Files.readString(trig).contains("https://w3id.org/hilf/graph/gazetteer"));
    }

    @Test
    void validateSaysWhetherTheStoreConformsAndNamesEachViolation() {
        String store = dir.resolve("store").toString();
        run("ingest", "--store", store, "data/articles/004_f4631beb2d4bc712.txt");
        Run ok = run("validate", "--store", store);
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().startsWith("Conforms: no violations ("), ok.out());

        // A second, lower-case ISO code for Japan: two results on one resource.
        try (HilfStore s = HilfStore.open(Path.of(store))) {
            Txn.executeWrite(s.datasetGraph(), () -> s.datasetGraph().add(Vocab.GAZETTEER_GRAPH,
                    Iris.entity("state/JP"), Vocab.ISO_CODE, NodeFactory.createLiteralString("jp")));
        }
        Run bad = run("validate", "--store", store);
        assertEquals(HilfCommand.SOME_FAILED, bad.code(), bad.out() + bad.err());
        assertTrue(bad.out().contains("id:state/JP  hilf:isoCode  a state has exactly one hilf:isoCode of two upper-case letters (value: \"jp\"^^xsd:string)"), bad.out());
        assertTrue(bad.out().strip().lines().reduce((a, b) -> b).orElseThrow()
                .startsWith("Does not conform: 2 violation(s) on 1 resource(s)"), bad.out());
    }

    @Test
    void validateWithoutAStoreIsAOneLineError() {
        Run r = run("validate", "--store", dir.resolve("nothing").toString());
        assertEquals(HilfCommand.ERROR, r.code());
        assertTrue(r.err().startsWith("hilf: no store at"), r.err());
    }

    @Test
    void exportForProtegeWritesOneTurtleDocumentAndRefusesAnotherFormat() throws Exception {
        String store = dir.resolve("store").toString();
        run("ingest", "--store", store, "data/articles/004_f4631beb2d4bc712.txt");
        Path ttl = dir.resolve("protege.ttl");
        Run r = run("export", "--store", store, "--for-protege", "--out", ttl.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Wrote " + ttl + " for Protégé: "), r.out());
        assertTrue(Files.readString(ttl).startsWith("@prefix "), "the OWL API's Turtle parser needs @prefix");
        Run bad = run("export", "--store", store, "--for-protege", "--format", "trig");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--for-protege writes Turtle"), bad.err());
    }

    @Test
    void loadTakesAnExportIntoAnEmptyStoreWithTheBulkLoader() throws Exception {
        String store = dir.resolve("store").toString();
        run("ingest", "--store", store, "data/articles/004_f4631beb2d4bc712.txt");
        Path nq = dir.resolve("out/g.nq");
        Files.createDirectories(nq.getParent());
        assertEquals(0, run("export", "--store", store, "--format", "nquads", "--out", nq.toString()).code());
        Run r = run("load", "--store", dir.resolve("loaded").toString(), nq.getParent().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Loaded 1 article(s) from 1 file(s) into "), r.out());
        assertTrue(r.out().contains("with Jena's bulk loader (the store held no article)"), r.out());
        Run q = run("query", "--store", dir.resolve("loaded").toString(), "--format", "csv",
                "PREFIX hilf: <https://w3id.org/hilf/ontology#> SELECT ?s { ?s a hilf:State } LIMIT 1");
        assertTrue(q.out().lines().count() == 2, "the gazetteer is there: " + q.out());
        Run none = run("load", "--store", dir.resolve("x").toString(), dir.resolve("nothing.nq").toString());
        assertEquals(HilfCommand.ERROR, none.code());
        assertTrue(none.err().contains("no such file or folder"), none.err());
    }

    @Test
    void everyNumericOptionIsCheckedWithAUsageError() throws Exception {
        String store = dir.resolve("store").toString();
        Path pw = Files.writeString(dir.resolve("pw"), "s3cret\n");
        String[][] bad = {
                {"serve", "--store", store, "--port", "-1"},
                {"serve", "--store", store, "--port", "65536"},
                {"serve", "--store", store, "--port", "http"},
                {"serve", "--store", store, "--timeout", "0"},
                {"serve", "--store", store, "--timeout", "-1"},
                {"serve", "--store", store, "--timeout", "99999999999999999"},
                {"serve", "--store", store, "--max-results", "0"},
                {"serve", "--store", store, "--host", "no-such-host.invalid"},
                {"serve", "--store", store, "--auth", "ana"},
                {"serve", "--store", store, "--auth", "ana:" + dir.resolve("missing-pw")},
                {"serve", "--store", store, "--auth", ":" + pw},
                {"ingest", "--store", store, "--threads", "0", "data/articles"},
                {"ingest", "--store", store, "--threads", "100000", "data/articles"},
                {"ingest", "--store", store, "--max-size", "-1", "data/articles"},
                {"ingest", "--store", store, "--max-quads", "0", "data/articles"},
                {"ingest", "--store", store, "--serve", "--port", "-1", "data/articles"},
                {"explain", "--store", store, "--max-evidence", "-5", "person/x"},
                {"benchmark", "--articles", "0", "data/articles"},
                {"benchmark", "--warmup", "-1", "data/articles"},
        };
        for (String[] args : bad) {
            Run r = run(args);
            assertEquals(2, r.code(), String.join(" ", args) + " → " + r.err());
            assertTrue(r.err().startsWith("Invalid value for option '"), String.join(" ", args) + " → " + r.err());
            assertTrue(!r.err().contains("Exception"), r.err());
        }
        assertTrue(run("serve", "--timeout", "0").err().contains("'0' is not a number of seconds from 1 to 86400"));
        assertTrue(run("serve", "--auth", "ana:" + dir.resolve("missing-pw")).err().contains("cannot read the password file "
                + dir.resolve("missing-pw") + ": no such file or folder"));
        assertTrue(!Files.exists(Path.of(store)), "nothing ran");
    }

    @Test
    void aNonLoopbackHostIsWarnedAboutAndLoopbackIsNot() {
        StringWriter err = new StringWriter();
        ServeOptions.warnIfExposed(new org.hilf.serve.HilfServer.Settings("0.0.0.0", 0, 1000, 10, null), new PrintWriter(err, true));
        assertTrue(err.toString().startsWith("warning: --host 0.0.0.0 makes the endpoint reachable from the network"), err.toString());
        assertTrue(err.toString().contains("Use --auth"), err.toString());
        StringWriter quiet = new StringWriter();
        ServeOptions.warnIfExposed(new org.hilf.serve.HilfServer.Settings("127.0.0.1", 0, 1000, 10, null), new PrintWriter(quiet, true));
        ServeOptions.warnIfExposed(new org.hilf.serve.HilfServer.Settings("localhost", 0, 1000, 10, null), new PrintWriter(quiet, true));
        assertEquals("", quiet.toString());
    }

    @Test
    void aStorePathThatIsAFileIsNamedAsSuch() throws Exception {
        Path file = Files.writeString(dir.resolve("store.txt"), "x");
        Run r = run("query", "--store", file.toString(), "ASK {}");
        assertEquals(HilfCommand.ERROR, r.code());
        assertEquals("hilf: " + file + " is a file, not a store folder (give --store the folder `hilf ingest` made)", r.err().strip());
    }
}
