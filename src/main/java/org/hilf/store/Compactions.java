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
        Path inUse = dataDir(dsg);
        if (inUse == null) {
            return; // not a TDB2 store on disk: nothing of ours to clean
        }
        for (Path p : generations(dir)) {
            if (!p.toAbsolutePath().normalize().equals(inUse)) {
                LOG.info("removing {}, left behind by an interrupted compaction", p);
                IO.deleteAll(p);
            }
        }
    }

    /** Deletes every data generation of the (closed) store in {@code dir}: it is empty when opened next. */
    static void removeAllData(Path dir) {
        generations(dir).forEach(IO::deleteAll);
    }

    /** The folder of the data generation {@code dsg} uses, or null when it is not a TDB2 store on disk. */
    static Path dataDir(DatasetGraph dsg) {
        try {
            return Path.of(TDBInternal.getDatasetGraphTDB(dsg).getLocation().getDirectoryPath()).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<Path> generations(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("Data-\\d+") && Files.isDirectory(p)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
