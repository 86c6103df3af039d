package org.entente.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A MongoDB wire-protocol server (mongo-java-server) on a loopback port. With a file it
 * keeps its data in H2 across restarts; without one it lives in memory (tests).
 */
public final class LocalMongo implements AutoCloseable {

    /**
     * How many committed versions of the file the store keeps readable. mongo-java-server scans a
     * collection with an H2 cursor that does not register the version it reads, and H2 frees a
     * chunk once it is older than the versions kept (5 by default; under bulk writes H2 commits
     * several times a second), so a scan that outlived them failed with "Chunk N not found"
     * (h2database#4383). A thousand versions cover minutes of writes, at the cost of the disk
     * their superseded pages hold meanwhile.
     */
    static final int VERSIONS_KEPT = 1_000;

    private final Path file;
    private final int port;
    private MongoServer server;

    /** @param file the H2 store, or null for an in-memory server */
    public LocalMongo(Path file, int port) {
        this.file = file;
        this.port = port;
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        H2Backend backend = new KeyOrderedH2Backend(file == null ? MVStore.open(null) : openStore(file));
        backend.version(ServerVersion.MONGO_5_0);
        MongoServer started = new MongoServer(backend);
        started.bind("127.0.0.1", port);
        server = started;
    }

    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static MVStore openStore(Path file) {
        MVStore store = new MVStore.Builder().fileName(createParent(file).toString()).open();
        store.setVersionsToKeep(VERSIONS_KEPT);
        return store;
    }

    private static Path createParent(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
