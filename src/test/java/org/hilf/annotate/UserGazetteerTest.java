package org.hilf.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's gazetteer folder on top of the bundled one: what it adds, and how its errors read. */
class UserGazetteerTest {
    @TempDir
    Path dir;

    private Path folder(String people, String offices) throws IOException {
        Path f = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(f.resolve("people.tsv"), "# my people\nid\tname_en\tname_ar\taliases_ar\tshort_ar\twikidata\n" + people);
        if (offices != null) {
            Files.writeString(f.resolve("offices.tsv"), "person\trole\taffiliation\tstart\tend\n" + offices);
        }
        return f;
    }

    @Test
    void newIdsAddEntitiesAndKnownIdsAddNames() throws IOException {
        Path f = folder("layla-haddad\tLayla Haddad\tليلى الحداد\t\tالحداد\t\n"
                        + "fumio-kishida\tFumio K.\tفوميو كيشدا\t\t\tQ1\n",
                "layla-haddad\tdefence_minister\tFI\t2024-01-01\t\n");
        Gazetteer g = Gazetteer.load(f);
        Entity layla = g.entity("person/layla-haddad").orElseThrow();
        assertEquals("ليلى الحداد", layla.labelAr());
        assertTrue(g.forms().contains(new Gazetteer.Form("الحداد", "ar", Gazetteer.FormKind.SHORT, "person/layla-haddad")));
        assertEquals("person/layla-haddad", g.holder("defence_minister", "state/FI", LocalDate.of(2025, 1, 1)).orElseThrow().id());
        // She succeeds the bundled minister, whose open term now ends the day hers starts.
        Entity before = g.holder("defence_minister", "state/FI", LocalDate.of(2023, 12, 31)).orElseThrow();
        assertEquals(LocalDate.of(2024, 1, 1), g.officesOf(before.id()).stream()
                .filter(o -> o.role().equals("defence_minister") && o.affiliationId().equals("state/FI")).findFirst().orElseThrow().end());
        // A known id: the user's name is added; the bundled label and the other cells stay.
        Entity kishida = g.entity("person/fumio-kishida").orElseThrow();
        assertEquals("Fumio Kishida", kishida.labelEn());
        assertEquals(null, kishida.wikidata());
        assertTrue(g.forms().contains(new Gazetteer.Form("فوميو كيشدا", "ar", Gazetteer.FormKind.NAME, "person/fumio-kishida")));
        assertTrue(g.forms().contains(new Gazetteer.Form("فوميو كيشيدا", "ar", Gazetteer.FormKind.NAME, "person/fumio-kishida")));
        assertEquals(Gazetteer.load().entities().size() + 1, g.entities().size());
    }

    @Test
    void loadErrorsNameTheFileTheLineAndTheReason() throws IOException {
        Path f = folder("layla-haddad\tLayla Haddad\tليلى الحداد\t\t\t\n", "layla-haddad\tdefence_minister\tFI\t2024-13-01\t\n"
                + "layla-haddad\tdefence_minister\tXQ\t2024-01-01\t\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Gazetteer.load(f));
        assertEquals(f.resolve("offices.tsv") + ":2: start '2024-13-01' is not a date (YYYY-MM-DD)", e.getMessage());
        Files.writeString(f.resolve("offices.tsv"), "person\trole\taffiliation\tstart\tend\nlayla-haddad\tdefence_minister\tXQ\t2024-01-01\t\n");
        e = assertThrows(IllegalStateException.class, () -> Gazetteer.load(f));
        assertEquals(f.resolve("offices.tsv") + ":2: affiliation 'XQ' is no known ISO code", e.getMessage());
        Files.writeString(f.resolve("people.tsv"), "id\tname_en\tname_ar\taliases_ar\tshort_ar\twikidata\nx\tX\t\t\t\t\nx\tX\t\t\t\t\n");
        Files.delete(f.resolve("offices.tsv"));
        e = assertThrows(IllegalStateException.class, () -> Gazetteer.load(f));
        assertEquals(f.resolve("people.tsv") + ":3: person/x is already defined at line 2", e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsNamedWithItsLine() throws IOException {
        Path f = Files.createDirectories(dir.resolve("latin"));
        byte[] head = "id\tname_en\tname_ar\taliases_ar\tshort_ar\twikidata\nok\tOk\t\t\t\t\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "caf\u00e9\tCaf\u00e9\t\t\t\t\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(f.resolve("people.tsv"), all);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Gazetteer.load(f));
        assertEquals(f.resolve("people.tsv") + ":3: not UTF-8 text (save the file as UTF-8)", e.getMessage());
    }

    @Test
    void aMissingFolderIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(dir.resolve("nothing")));
        assertEquals("no gazetteer folder at " + dir.resolve("nothing"), e.getMessage());
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreRead() throws IOException {
        Path f = Files.createDirectories(dir.resolve("excel"));
        Files.writeString(f.resolve("people.tsv"), "\uFEFFid\tname_en\tname_ar\taliases_ar\tshort_ar\twikidata\r\n"
                + "layla-haddad\tLayla Haddad\tليلى الحداد\t\t\t\r\n");
        Tsv.Table t = Tsv.table(f.resolve("people.tsv"));
        assertEquals("id", t.header().get(0));
        assertEquals("", t.rows().get(0).cells().get("wikidata"));
        assertEquals("ليلى الحداد", Gazetteer.load(f).entity("person/layla-haddad").orElseThrow().labelAr());
    }
}
