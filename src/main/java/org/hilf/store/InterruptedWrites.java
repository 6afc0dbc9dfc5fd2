package org.hilf.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.hilf.read.Shown;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Undoes, before TDB2 opens a store folder, the two writes a kill can leave where TDB2's journal
 * cannot repair them, each announced by a marker file in the folder while it runs:
 * <ul>
 *   <li>The creation of the store. TDB2 formats a new store's B+trees one by one, each outside any
 *   transaction; a process killed in the midst leaves a tree half formatted that no later open can
 *   read ("Node block manager empty = true // Records block manager empty = false", "No known block
 *   type for 0"). The marker {@value #CREATING} holds the creating process's id; a marker whose
 *   process is gone means the store holds nothing yet, so its data generations are removed and
 *   created again.</li>
 *   <li>A bulk load ({@link BulkLoad#interrupted}): the store is emptied again, or refused.</li>
 * </ul>
 * A folder a live process is using is left alone: TDB2's lock then refuses the open with the reason.
 */
final class InterruptedWrites {
    private static final Logger LOG = LoggerFactory.getLogger(InterruptedWrites.class);

    /** The marker of a store being created; its content is the creating process's id. */
    static final String CREATING = "store-being-created";

    private InterruptedWrites() { }

    /**
     * Call before TDB2 opens {@code dir}: undoes an interrupted creation or bulk load, and returns
     * true when this open is to create the store (it has no data generation yet), with the marker
     * written; call {@link #created} once TDB2 has opened it.
     */
    static boolean prepare(Path dir) {
        if (liveOther(dir.resolve("tdb.lock")) || liveOther(dir.resolve(CREATING))) {
            return false;
        }
        if (Files.exists(dir.resolve(CREATING))) {
            LOG.warn("{}: the store's creation was interrupted; creating it again", dir);
            Compactions.removeAllData(dir);
        } else if (BulkLoad.interrupted(dir)) {
            // a load into the empty store was cut, maybe where its indexes cannot even be opened (one file
            // of a B+tree written, the other not): empty it again before TDB2 reads them
            LOG.warn("{}: a bulk load into the empty store was interrupted; emptying the store again", dir);
            Compactions.removeAllData(dir);
            BulkLoad.recovered(dir);
        }
        if (hasData(dir)) {
            return false;
        }
        try {
            Files.writeString(dir.resolve(CREATING), Long.toString(ProcessHandle.current().pid()));
            return true;
        } catch (IOException e) {
            return false; // a folder we cannot write to: TDB2's open fails next, and says so
        }
    }

    /** Says the store TDB2 just opened in {@code dir} is whole. */
    static void created(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(CREATING));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + Shown.path(dir.resolve(CREATING)) + ": " + Shown.reason(e), e);
        }
    }

    /** True when {@code file} (TDB2's lock, or the creation marker) names a running process other than this one. */
    private static boolean liveOther(Path file) {
        try {
            long pid = Long.parseLong(Files.readString(file).strip());
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false; // no such file, or none we or TDB2 wrote: no process holds the store
        }
    }

    private static boolean hasData(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return true; // unreadable: let TDB2 say why
        }
    }
}
