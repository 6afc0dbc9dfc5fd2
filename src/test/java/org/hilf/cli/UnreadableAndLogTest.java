package org.hilf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.hilf.ChildJvm;
import org.hilf.TestFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `hilf` run as a user runs it, in a JVM of its own: folders and files it may not read, a store
 * it may not read, and a parser's stack trace that must land in the log file, not the terminal.
 */
class UnreadableAndLogTest {
    @TempDir
    Path dir;

    @Test
    void anUnreadableFolderOrFileIsNamedAndTheRestIsIngested() throws Exception {
        String why = ChildJvm.whyPermissionsCannotBeTested();
        Assumptions.assumeTrue(why == null, () -> "skipped: " + why);
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(TestFiles.ARTICLES.resolve("004_f4631beb2d4bc712.txt"), in.resolve("good.txt"));
        Path locked = Files.createDirectories(in.resolve("locked"));
        Files.copy(TestFiles.ARTICLES.resolve("002_4dbecf903f52230b.txt"), locked.resolve("hidden-away.txt"));
        Path secret = Files.copy(TestFiles.ARTICLES.resolve("003_3b1ee1feec353f5c.txt"), in.resolve("secret.txt"));
        Path store = dir.resolve("store");
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
            ChildJvm.Run r = ChildJvm.run(ChildJvm.command(true, List.of(), HilfCommand.class.getName(),
                    "ingest", "--store", store.toString(), in.toString()), Map.of("HILF_LOG", dir.resolve("log").toString()), 180);
            assertEquals(HilfCommand.SOME_FAILED, r.code(), r.out() + r.err());
            assertTrue(r.out().startsWith("Ingested 1 article(s)"), r.out());
            assertTrue(r.err().contains(locked + ": cannot read the folder: permission denied; its files were not read"), r.err());
            assertTrue(r.err().contains(secret + ": not readable (permission denied)"), r.err());

            Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("---------"));
            ChildJvm.Run q = ChildJvm.run(ChildJvm.command(true, List.of(), HilfCommand.class.getName(),
                    "query", "--store", store.toString(), "ASK {}"), Map.of("HILF_LOG", dir.resolve("log").toString()), 120);
            assertEquals(HilfCommand.ERROR, q.code(), q.err());
            assertEquals("hilf: cannot read the store " + store + ": permission denied", q.err().strip());
        } finally {
            for (Path p : List.of(locked, secret, store)) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    @Test
    void aParsersStackTraceGoesToTheLogFileNotTheTerminal() throws Exception {
        Path bad = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> broken\n%%EOF".getBytes());
        Path log = dir.resolve("state/hilf.log");
        ChildJvm.Run r = ChildJvm.run(ChildJvm.command(false, List.of(), HilfCommand.class.getName(),
                "ingest", "--store", dir.resolve("store").toString(), bad.toString()), Map.of("HILF_LOG", log.toString()), 180);
        assertEquals(HilfCommand.SOME_FAILED, r.code(), r.err());
        assertTrue(r.err().contains(bad + ": cannot parse as application/pdf: "), r.err());
        assertTrue(r.err().contains("(the parsers' own messages are in " + log + ")"), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "a stack trace on the terminal:\n" + r.err());
        assertTrue(r.err().lines().count() <= 4, r.err());
        String logged = Files.readString(log);
        assertTrue(logged.contains("broken.pdf") && logged.contains("\tat org.apache."), logged);
    }
}
