package org.hilf.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.hilf.annotate.GazetteerFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled gazetteer is clean, and a bad folder gets one line per problem with file, line and
 * reason. Public for {@link #badFolder}, which the CLI test reuses.
 */
public class GazetteerCheckTest {
    @TempDir
    Path dir;

    @Test
    void theBundledGazetteerHasNoProblem() {
        GazetteerCheck.Report r = GazetteerCheck.run(GazetteerFiles.bundled());
        assertEquals(List.of(), r.problems().stream().map(Problem::toString).toList());
        assertTrue(r.clean());
        assertTrue(r.rows() > 5000, r.summary());
        assertTrue(r.summary().startsWith("Gazetteer OK: 0 error(s), 0 warning(s) in 7 file(s)"), r.summary());
    }

    /** Writes a file of the folder: lines of cells, cells joined by tabs. */
    static void write(Path folder, String name, String... lines) throws IOException {
        Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n");
    }

    static String row(String... cells) { return String.join("\t", cells); }

    /** A folder with one or more of every kind of problem; line numbers are those of the lines written. */
    public static Path badFolder(Path dir) throws IOException {
        Path f = Files.createDirectories(dir.resolve("bad"));
        write(f, "states.tsv",
                "iso\tname_en\tname_ar\twikidata\tcapital_en\tcapital_ar\taliases_ar\taliases_en\tcapital_aliases_ar\tadjective_ar\tadjective_en",
                row("xx", "Nowhere", "", "", "", "", "", "", "", "", ""),
                row("ZZ", "Zedland", "زدلاند", "Q0", "", "", "", "", "", "", ""),
                row("JP", "Japan", "", "Q999", "", "", "يابان", "", "", "", ""),
                row("YY", "Yland", "", "", "", "", "", "", "", "", "", "extra"));
        write(f, "organizations.tsv",
                "id\tkind\tname_en\tname_ar\twikidata\tcountry\taliases_ar\taliases_en",
                row("Bad_Org", "Organization", "Bad", "", "", "", "", ""),
                row("test-pact", "Pact", "Test Pact", "حلف الاختبار", "Q7184", "QQ", "", ""),
                row("test-pact", "Alliance", "Test Pact", "", "", "", "", ""));
        write(f, "people.tsv",
                "id\tname_en\tname_ar\taliases_ar\tshort_ar\twikidata\taliases_en",
                row("John-Doe", "John Doe", "جون دو", "", "", "", ""),
                row("user-one", "User One", "يوزر ون", "دونالد ترامب", "", "", ""),
                row("user-two", "User Two", "", "", "", "", ""),
                row("user-three", "User Three", "يوزر ثري"),
                row("user-four", "User Four", "يوزر فور", "", "", "Q22686", ""));
        write(f, "memberships.tsv",
                "member\trelation\torganization\tsince\tuntil",
                row("XX", "allyOf", "nowhere", "19x9", ""),
                row("JP", "memberOf", "nato", "2020", "2010"),
                row("JP", "partnerOf", "nato", "1850", ""));
        write(f, "offices.tsv",
                "person\trole\taffiliation\tstart\tend\toverlap",
                row("nobody", "grand_wizard", "jp", "2024-13-01", ""),
                row("user-one", "president", "FR", "2030-01-01", "2020-01-01"),
                row("user-one", "president", "FR", "1850-01-01", "1890-01-01"),
                row("user-one", "president", "FR", "2016-01-01", "2017-01-01", "sometimes"),
                row("user-two", "president", "FR", "2018-01-01", "2019-01-01", "acting"),
                row("user-three", "foreign_minister", "ZZ", "2020-01-01", "2022-01-01"),
                row("user-three", "foreign_minister", "ZZ", "2021-01-01", "2023-01-01"),
                row("user-three", "foreign_minister", "test-pact", "2021-06-01", "2021-07-01"),
                row("user-four", "king", "ZZ", "2020-01-01", "2021-01-01", "concurrent"),
                row("user-four", "king", "test-pact", "2020-01-01", "2021-01-01", "concurrent"));
        write(f, "summits.tsv",
                "organization\tstart\tend\tcity\tcity_ar\tcountry",
                row("nato", "2030-01-01", "2030-01-02", "Zed City", "", "ZZ"));
        write(f, "peoples.tsv", "id");
        return f;
    }

    @Test
    void aBadFolderGetsEveryProblemNamedWithFileLineAndReason() throws IOException {
        Path f = badFolder(dir);
        GazetteerCheck.Report r = GazetteerCheck.run(GazetteerFiles.read(f));
        String all = r.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
        String s = f.resolve("states.tsv").toString();
        String o = f.resolve("organizations.tsv").toString();
        String p = f.resolve("people.tsv").toString();
        String m = f.resolve("memberships.tsv").toString();
        String t = f.resolve("offices.tsv").toString();
        List<String> expected = List.of(
                s + ":2: error: iso 'xx' is malformed: expected an ISO 3166-1 code of two upper-case letters",
                s + ":3: error: wikidata 'Q0' is malformed: expected Q and digits (Q7184)",
                s + ":4: warning: wikidata 'Q999' ignored: JP is defined at data/gazetteer/states.tsv:",
                s + ":5: error: 12 cells but the header has 11 columns: the cells after the last column are read by nothing",
                o + ":2: error: id 'Bad_Org' is malformed: expected lower-case letters and digits joined by hyphens",
                o + ":3: error: kind 'Pact' is unknown: expected Alliance, Organization or Media",
                o + ":3: error: country 'QQ' is no ISO code of states.tsv",
                o + ":3: error: wikidata Q7184 of organization test-pact is also that of organization nato (data/gazetteer/organizations.tsv:",
                o + ":4: error: id 'test-pact' is not unique: already defined at " + o + ":3",
                p + ":2: error: id 'John-Doe' is malformed",
                p + ":3: error: Arabic form 'دونالد ترامب' (aliases_ar of user-one) also names donald-trump ('دونالد ترامب', name_ar at data/gazetteer/people.tsv:",
                p + ":4: warning: neither name_ar nor aliases_ar: the recogniser cannot find user-two in Arabic text",
                p + ":5: warning: 3 cells but the header has 7 columns: the missing cells at the end are read as empty",
                p + ":6: error: wikidata Q22686 of person user-four is also that of person donald-trump",
                m + ":2: error: member 'XX' is no ISO code of states.tsv",
                m + ":2: error: relation 'allyOf' is unknown: expected one of memberOf, partnerOf, observerOf, candidateOf, suspendedFrom",
                m + ":2: error: organization 'nowhere' is no id of organizations.tsv",
                m + ":2: error: since '19x9' is not a year (YYYY)",
                m + ":3: error: since 2020 is after until 2010",
                m + ":4: error: since 1850 lies outside 1900–2100",
                t + ":2: error: person 'nobody' is no id of people.tsv",
                t + ":2: error: role 'grand_wizard' is no key of data/lexicon/roles.tsv",
                t + ":2: error: affiliation 'jp' is neither an ISO code of states.tsv nor an id of organizations.tsv (ISO codes are upper case: JP)",
                t + ":2: error: start '2024-13-01' is not a date (YYYY-MM-DD)",
                t + ":3: error: start 2030-01-01 is not before end 2020-01-01",
                t + ":4: error: start 1850-01-01 lies outside 1900–2100",
                t + ":4: error: end 1890-01-01 lies outside 1900–2100",
                t + ":5: error: overlap 'sometimes' is unknown: expected acting, joint or concurrent, or empty",
                t + ":5: error: two holders of president of FR at once: user-one from 2016-01-01 to 2017-01-01 overlaps francois-hollande at data/gazetteer/offices.tsv:",
                t + ":8: error: user-three holds foreign_minister of ZZ twice at once: from 2021-01-01 to 2023-01-01 overlaps the same office at " + t + ":7",
                t + ":9: error: user-three holds foreign_minister of test-pact from 2021-06-01 to 2021-07-01 and of ZZ at " + t + ":7",
                t + ":9: error: user-three holds foreign_minister of test-pact from 2021-06-01 to 2021-07-01 and of ZZ at " + t + ":8",
                f.resolve("summits.tsv") + ":1: error: header lacks column(s) city_en; has unknown column(s) city; expected: organization start end city_en city_ar country",
                f.resolve("peoples.tsv") + ": warning: not a gazetteer file");
        for (String e : expected) {
            assertTrue(all.lines().anyMatch(l -> l.startsWith(e)), "missing: " + e + "\nin:\n" + all);
        }
        // Marked overlaps are allowed: the acting president and the king of two realms are not reported.
        assertFalse(all.contains(t + ":6:"), all);
        assertFalse(all.contains(t + ":10:") || all.contains(t + ":11:"), all);
        // Nothing else: every line is one of those expected.
        assertEquals(expected.size(), r.problems().size(), all);
        assertEquals(expected.stream().filter(e -> e.contains(": warning: ")).count(), r.warnings(), all);
        assertFalse(r.clean());
        assertTrue(r.summary().startsWith("Gazetteer has errors: " + r.errors() + " error(s), 4 warning(s) in 13 file(s)"), r.summary());
    }

    @Test
    void aFolderThatOnlyAddsIsClean() throws IOException {
        Path f = Files.createDirectories(dir.resolve("good"));
        write(f, "people.tsv", "id\tname_en\tname_ar\taliases_ar\tshort_ar\twikidata",
                row("fumio-kishida", "Fumio Kishida", "", "فوميو كيشدا", "", ""),
                row("layla-haddad", "Layla Haddad", "ليلى الحداد", "", "", ""));
        write(f, "offices.tsv", "person\trole\taffiliation\tstart\tend",
                row("layla-haddad", "defence_minister", "ZZ", "2024-01-01", ""));
        write(f, "states.tsv",
                "iso\tname_en\tname_ar\twikidata\tcapital_en\tcapital_ar\taliases_ar\taliases_en\tcapital_aliases_ar\tadjective_ar\tadjective_en",
                row("ZZ", "Zedland", "زدلاند", "", "", "", "", "", "", "زدلاندي", "Zedlandic"));
        GazetteerCheck.Report r = GazetteerCheck.run(GazetteerFiles.read(f));
        assertEquals(List.of(), r.problems());
        assertTrue(r.summary().contains("the bundled gazetteer and " + f), r.summary());
    }
}
