package org.hilf.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The memory one phase of a benchmark used: the heap's peak (the heap in use just before each
 * collection, the moments it is fullest, and now), its peak right after a collection (the most
 * that was still held: what a smaller -Xmx must leave room for), the time spent in collections, and the
 * process's resident-set peak ({@code VmHWM} of {@code /proc/self/status}, which counts TDB2's
 * mapped files too). {@link #start()} begins a phase: it resets the JVM's peaks and, where Linux
 * allows, the resident peak ({@code /proc/self/clear_refs}); {@link #residentReset()} says whether it could.
 */
final class MemoryWatch implements AutoCloseable {
    /** What a phase used. residentPeakBytes is -1 where /proc is not there. */
    record Use(long heapPeakBytes, long heapAfterGcPeakBytes, long residentPeakBytes, boolean residentReset, long gcMillis) { }

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong heapPeak = new AtomicLong();
    /** The most the heap held right after a collection: an upper bound of the live data, what -Xmx must allow. */
    private final AtomicLong afterGcPeak = new AtomicLong();
    private final NotificationListener listener = (n, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            heapPeak.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
            afterGcPeak.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
        }
    };
    private long gcMillisAtStart;
    private boolean residentReset;

    MemoryWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
            }
        }
    }

    /** Begins a phase: the peaks from here on. */
    void start() {
        heapPeak.set(heapInUse());
        afterGcPeak.set(0);
        gcMillisAtStart = gcMillis();
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5"); // 5: reset the peak resident set size
            residentReset = true;
        } catch (IOException | RuntimeException e) {
            residentReset = false; // not Linux, or not allowed: the peak since the process began
        }
    }

    /** The peaks since {@link #start()}. */
    Use use() {
        return new Use(Math.max(heapPeak.get(), heapInUse()), afterGcPeak.get(), residentPeak(), residentReset, gcMillis() - gcMillisAtStart);
    }

    private long heapUsed(java.util.Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
    }

    private static long heapInUse() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(t -> t > 0).sum();
    }

    /** VmHWM in bytes, or -1 where /proc/self/status is not there. */
    static long residentPeak() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/self/status"));
            for (String line : lines) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                try {
                    e.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // never added
                }
            }
        }
    }
}
