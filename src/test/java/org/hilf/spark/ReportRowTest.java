package org.hilf.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The report's CSV lines: quoted where a reason needs it, read back as written. */
class ReportRowTest {
    @Test
    void aReasonWithCommasQuotesAndLineBreaksStaysOneField() {
        ReportRow r = ReportRow.failed("s3a://b/a, \"b\".pdf", "cannot parse as application/pdf: bad \"xref\", offset 3\nthen more");
        String line = r.toCsv();
        assertEquals(1, line.lines().count());
        assertEquals("\"s3a://b/a, \"\"b\"\".pdf\",failed,\"cannot parse as application/pdf: bad \"\"xref\"\", offset 3 then more\",0,",
                line);
        ReportRow back = ReportRow.parse(line);
        assertEquals(r.file(), back.file());
        assertEquals("cannot parse as application/pdf: bad \"xref\", offset 3 then more", back.reason());
        ReportRow ok = ReportRow.ok("/in/a.txt", 1450, "https://w3id.org/hilf/id/article/abc");
        assertEquals(ok, ReportRow.parse(ok.toCsv()));
    }
}
