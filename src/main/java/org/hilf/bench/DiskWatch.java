package org.hilf.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most a folder held on disk while a phase ran, sampled every second: a TDB2 store grows
 * well past its final size while it is written and compacted, and the free disk an ingest
 * needs is that peak, not the final size.
 */
final class DiskWatch implements AutoCloseable {
    private final Path dir;
    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hilf-disk-watch");
        t.setDaemon(true);
        return t;
    });

    DiskWatch(Path dir) {
        this.dir = dir;
        timer.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
    }

    private void sample() {
        try {
            peak.accumulateAndGet(Folders.sizeOnDisk(dir), Math::max);
        } catch (IOException | UncheckedIOException e) {
            // a file removed while the folder was walked (compaction): the next sample counts again
        }
    }

    /** The peak so far, a last sample included. */
    long peak() {
        sample();
        return peak.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
