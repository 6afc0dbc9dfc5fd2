package org.hilf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while TDB2 formats a new store leaves a B+tree half formatted (seen with kill -9
 * in CrashTest's first ingest): the next open creates the store again; without the creation's
 * marker, the store is not ours to empty and the open fails with the reason.
 */
class InterruptedCreationTest {
    @TempDir
    Path dir;

    private static final Quad ARTICLE = InterruptedBulkLoadTest.ARTICLE;

    @Test
    void aCreationCutByAKillIsDoneAgainOnOpen() throws Exception {
        Path store = halfFormatted();
        Files.writeString(store.resolve(InterruptedWrites.CREATING), Long.toString(deadPid()));
        try (HilfStore s = HilfStore.open(store)) {
            assertFalse(s.hasArticles());
            s.replaceArticles(List.of(new HilfStore.ArticleGraph(ARTICLE.getGraph(), "a.txt", List.of(ARTICLE))));
        }
        assertFalse(Files.exists(store.resolve(InterruptedWrites.CREATING)), "the marker goes once the store is made");
        try (HilfStore s = HilfStore.open(store)) {
            assertTrue(s.hasArticles(), "a whole store is opened as it is");
        }
    }

    @Test
    void aBrokenStoreWithoutTheMarkerIsNamedNotEmptied() throws Exception {
        Path store = halfFormatted();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> HilfStore.open(store).close());
        assertTrue(e.getMessage().startsWith("cannot open the store ") && e.getMessage().contains(store.toString()), e.getMessage());
        assertTrue(Files.exists(store.resolve("Data-0001").resolve("SPO.idn")), "nothing was deleted");
    }

    @Test
    void aCreationUnderWayInALiveProcessIsLeftAlone() throws Exception {
        Path store = Files.createDirectories(dir.resolve("store"));
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(store.resolve(InterruptedWrites.CREATING), Long.toString(other.pid()));
            assertFalse(InterruptedWrites.prepare(store), "another process is creating it");
            assertEquals(Long.toString(other.pid()), Files.readString(store.resolve(InterruptedWrites.CREATING)));
        } finally {
            other.destroyForcibly().waitFor();
        }
        assertTrue(InterruptedWrites.prepare(store), "once that process is gone, this open creates the store");
    }

    @Test
    void aNewStoreIsMadeUnderTheMarkerAndAnExistingOneIsNot() {
        Path store = dir.resolve("store");
        HilfStore.open(store).close();
        assertFalse(Files.exists(store.resolve(InterruptedWrites.CREATING)));
        assertFalse(InterruptedWrites.prepare(store), "a store with data is opened, not created");
        assertFalse(Files.exists(store.resolve(InterruptedWrites.CREATING)));
    }

    /** A store whose SPO tree has records but no nodes: what a kill in TDB2's formatting leaves. */
    private Path halfFormatted() throws Exception {
        Path store = dir.resolve("store");
        HilfStore.open(store).close();
        Files.write(store.resolve("Data-0001").resolve("SPO.idn"), new byte[0]);
        return store;
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
