package org.hilf.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cleans up after a compaction that a crash interrupted. TDB2 compacts {@code Data-000N} into
 * {@code Data-000N+1-tmp}, renames that to {@code Data-000N+1} and then deletes {@code Data-000N}.
 * It removes a left-over {@code -tmp} folder itself when it opens the store; a kill between the
 * rename and the delete, though, leaves the old generation, a full copy of the data, on the disk
 * for ever. TDB2 only ever uses the newest generation, so every other one can go.
 */
final class Compactions {
    private static final Logger LOG = LoggerFactory.getLogger(Compactions.class);

    private Compactions() { }

    /** Deletes every data generation of the store in {@code dir} but the one {@code dsg} uses. */
    static void removeLeftovers(Path dir, DatasetGraph dsg) {
        Path inUse;
        try {
            inUse = Path.of(TDBInternal.getDatasetGraphTDB(dsg).getLocation().getDirectoryPath()).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return; // not a TDB2 store on disk: nothing of ours to clean
        }
        List<Path> old;
        try (Stream<Path> s = Files.list(dir)) {
            old = s.filter(p -> p.getFileName().toString().matches("Data-\\d+") && Files.isDirectory(p))
                    .filter(p -> !p.toAbsolutePath().normalize().equals(inUse)).toList();
        } catch (IOException e) {
            return;
        }
        for (Path p : old) {
            LOG.info("removing {}, left behind by an interrupted compaction", p);
            IO.deleteAll(p);
        }
    }
}
