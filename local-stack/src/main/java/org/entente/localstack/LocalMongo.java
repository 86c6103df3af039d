package org.entente.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A MongoDB wire-protocol server (mongo-java-server) on a loopback port. With a file it
 * keeps its data in H2 across restarts; without one it lives in memory (tests).
 */
public final class LocalMongo implements AutoCloseable {

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
        H2Backend backend = file == null ? H2Backend.inMemory() : new H2Backend(createParent(file).toString());
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

    private static Path createParent(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
