package org.hilf.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The --store option shared by every command: the TDB2 folder, from the option, HILF_STORE, or ./store. */
public final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR",
            description = "The store folder (default: $HILF_STORE, else ./store).")
    Path store;

    public Path dir() {
        if (store != null) {
            return store;
        }
        String env = System.getenv("HILF_STORE");
        return Path.of(env != null && !env.isBlank() ? env : org.hilf.store.HilfStore.DEFAULT_DIR);
    }
}
