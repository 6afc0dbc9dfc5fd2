package org.hilf;

import java.nio.file.Path;
import java.util.List;

import org.hilf.serve.HilfServer;
import org.hilf.store.HilfStore;

/**
 * The bundled articles ingested once into a temporary store and served on a free port, shared
 * by the tests that ask over HTTP (one ingest per test run). Started on first use; stopped when
 * the test JVM exits. Fails when any seed article is not read.
 */
final class ServedSeeds {
    private static HilfServer server;
    private static Ingestion.Result result;

    private ServedSeeds() { }

    static synchronized HilfServer server() {
        if (server == null) {
            try {
                Path dir = TestFiles.tempDir("hilf-seeds");
                HilfStore store = HilfStore.open(dir.resolve("store"));
                result = Ingestion.standard().run(List.of(TestFiles.ARTICLES), store, new EndToEndTest.Silent());
                if (result.read() != 5 || !result.failed().isEmpty()) {
                    throw new AssertionError("all five seed articles must be read: " + result.failed());
                }
                server = HilfServer.start(store.datasetGraph(), "127.0.0.1", 0, 30_000);
                HilfServer s = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    s.close();
                    store.close();
                }));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return server;
    }

}
