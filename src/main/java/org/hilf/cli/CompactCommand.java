package org.hilf.cli;

import java.util.concurrent.Callable;

import org.hilf.store.HilfStore;
import org.hilf.store.StoreUpkeep;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * Compacts a store whatever its size: what an ingest no longer does by itself above
 * {@code hilf.compactUpTo} (a copy of every quad, minutes to hours for a big store), for when the
 * user can let the store be busy. Then the optimiser's statistics, which the new data generation lacks.
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Reclaims the disk that replacing ingests left behind: TDB2 copies the live data into a new",
                "generation and deletes the old one (the disk holds both meanwhile). Takes a while on a big store."},
        footer = {"", "Example:", "  hilf compact --store store"})
public final class CompactCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (HilfStore s = HilfStore.openExisting(store.dir())) {
            StoreUpkeep.compact(s);
            StoreUpkeep.writeStatistics(s);
            spec.commandLine().getOut().println("Compacted " + s.dir() + ".");
        }
        return 0;
    }
}
