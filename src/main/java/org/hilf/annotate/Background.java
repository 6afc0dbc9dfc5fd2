package org.hilf.annotate;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value built on a thread of its own, started at once, while the caller goes on with other
 * work: start-up builds independent pieces (the two languages' annotators, the gazetteer's files,
 * Tika's reader) side by side this way. {@link #join()} waits for the value and throws what the
 * work threw, as it threw it, so a failure reads the same as when built in line. The thread is a
 * daemon: work nobody joins does not keep the JVM alive. Everything the work wrote happens before
 * {@code join()} returns.
 */
public final class Background<T> {
    private final FutureTask<T> task;

    private Background(FutureTask<T> task) { this.task = task; }

    /** Starts {@code work} on a new daemon thread named {@code name}. */
    public static <T> Background<T> start(String name, Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return new Background<>(task);
    }

    /**
     * The value, once built. Waits uninterruptibly (the work is short and the caller needs it; an
     * interrupt is kept for the caller to see). A RuntimeException or Error of the work is thrown
     * as is.
     */
    public T join() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
