package org.hilf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hilf.cli.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `hilf gazetteer check` and `--gazetteer` as a user runs them. */
class GazetteerCliTest {
    @TempDir
    Path dir;

    /** A folder that knows one person the bundled gazetteer does not: Lebanon's foreign minister from 2030. */
    private Path myGazetteer() throws IOException {
        Path f = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(f.resolve("people.tsv"), "id\tname_en\tname_ar\taliases_ar\tshort_ar\twikidata\n"
                + "layla-haddad\tLayla Haddad\tليلى الحداد\t\tالحداد\t\n");
        Files.writeString(f.resolve("offices.tsv"), "person\trole\taffiliation\tstart\tend\n"
                + "layla-haddad\tforeign_minister\tLB\t2030-01-01\t\n");
        return f;
    }

    @Test
    void ingestWithMyGazetteerRecognisesAPersonOnlyItKnows() throws IOException {
        Path mine = myGazetteer();
        Path article = Files.writeString(Files.createDirectories(dir.resolve("in")).resolve("haddad.txt"), String.join("\n",
                "الحداد تبحث مع روته التعاون بين لبنان والناتو",
                "بيروت – التقت ليلى الحداد الأحد 12 يناير 2031 في بيروت الأمين العام لحلف شمال الأطلسي مارك روته، "
                        + "وبحث الجانبان سبل تعزيز التعاون بين لبنان والحلف.",
                "وقالت الحداد إن بلادها \"تتطلع إلى شراكة أوثق\" مع الحلف.", ""));
        String store = dir.resolve("store").toString();
        Run ingest = CliTest.run("ingest", "--gazetteer", mine.toString(), "--store", store, article.toString());
        assertEquals(0, ingest.code(), ingest.err());
        // Her term starts while the bundled foreign minister's is open: a succession, said as a warning.
        assertTrue(ingest.err().contains("offices.tsv:2: warning: layla-haddad succeeds"), ingest.err());
        Run q = CliTest.run("query", "--store", store, "--format", "csv", String.join("\n",
                "PREFIX hilf: <https://w3id.org/hilf/ontology#>",
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
                "SELECT ?label ?text WHERE {",
                "  GRAPH <https://w3id.org/hilf/graph/gazetteer> { ?p a hilf:Person ; rdfs:label ?label FILTER(lang(?label) = 'ar') }",
                "  GRAPH ?article { ?p hilf:evidence/hilf:text ?text } ?article a hilf:Article .",
                "  FILTER(?p = <https://w3id.org/hilf/id/person/layla-haddad>)",
                "}"));
        assertEquals(0, q.code(), q.err());
        assertTrue(q.out().contains("ليلى الحداد,") && q.out().contains("التقت ليلى الحداد"), q.out());
    }

    @Test
    void checkSaysTheBundledGazetteerIsClean() {
        Run r = CliTest.run("gazetteer", "check");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("Gazetteer OK: 0 error(s), 0 warning(s) in 7 file(s)"), r.out());
        Run mine = CliTest.run("gazetteer", "check", dir.toString());
        assertEquals(0, mine.code(), mine.out());
        assertTrue(mine.out().contains("(the bundled gazetteer and " + dir + ")"), mine.out());
    }

    @Test
    void checkNamesEachProblemAndExitsOne() throws IOException {
        Path bad = org.hilf.gazetteer.GazetteerCheckTest.badFolder(dir);
        Run r = CliTest.run("gazetteer", "check", bad.toString());
        assertEquals(HilfCommand.SOME_FAILED, r.code(), r.out() + r.err());
        assertTrue(r.out().contains(bad.resolve("memberships.tsv") + ":3: error: since 2020 is after until 2010\n"), r.out());
        assertTrue(r.out().lines().reduce((a, b) -> b).orElse("").startsWith("Gazetteer has errors: "), r.out());
        Run missing = CliTest.run("gazetteer", "check", dir.resolve("nothing").toString());
        assertEquals(HilfCommand.ERROR, missing.code());
        assertEquals("hilf: no gazetteer folder at " + dir.resolve("nothing"), missing.err().strip());
        assertTrue(CliTest.run("gazetteer").out().contains("check"));
    }

    @Test
    void ingestRefusesAFolderWithErrorsBeforeWritingAnything() throws IOException {
        Path mine = myGazetteer();
        Files.writeString(mine.resolve("offices.tsv"), "person\trole\taffiliation\tstart\tend\n"
                + "layla-haddad\tforeign_minister\tLB\t2030-02-30\t\n");
        Path store = dir.resolve("store");
        Run r = CliTest.run("ingest", "--gazetteer", mine.toString(), "--store", store.toString(), "data/articles");
        assertEquals(HilfCommand.ERROR, r.code(), r.err());
        assertTrue(r.err().contains(mine.resolve("offices.tsv") + ":2: error: start '2030-02-30' is not a date (YYYY-MM-DD)"), r.err());
        assertTrue(r.err().strip().endsWith("has 1 error(s), listed above; nothing was done (hilf gazetteer check " + mine
                + " lists them again)"), r.err());
        assertFalse(Files.exists(store));
    }
}
