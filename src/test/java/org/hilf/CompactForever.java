package org.hilf;

import java.nio.file.Path;

import org.hilf.store.HilfStore;

/**
 * A child process for {@link CrashTest}: opens the store, says so, and compacts it again and again
 * until it is killed, so that a kill at any moment lands inside a compaction.
 */
public final class CompactForever {
    private CompactForever() { }

    public static void main(String[] args) {
        HilfStore store = HilfStore.open(Path.of(args[0]));
        System.out.println("compacting");
        System.out.flush();
        while (true) {
            store.compact();
        }
    }
}
