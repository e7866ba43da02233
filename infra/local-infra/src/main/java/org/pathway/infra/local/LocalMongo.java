package org.pathway.infra.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The MongoDB wire server (mongo-java-server). It has no multi-document transactions and no {@code $text}:
 * no Pathway code path may need either.
 */
public final class LocalMongo {

    private LocalMongo() {
    }

    /** In memory, on a free loopback port; the data dies with the server. */
    public static MongoWireServer startInMemory() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return started(server, server.getLocalAddress(), "in-memory", true);
    }

    /**
     * Backed by an H2 MVStore file, so the data survives restarts (the launcher's store). Listens on
     * {@code 127.0.0.1:port} ({@code 0} = a free port). One server per file at a time: H2 locks it.
     */
    public static MongoWireServer startPersistent(Path file, int port) {
        Path store = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(store.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + store.getParent(), e);
        }
        int bindPort = Ports.freeOrRequested(port, "MongoDB wire server");
        H2Backend backend = new H2Backend(store.toString());
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("127.0.0.1", bindPort);
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw e;
        }
        return started(server, server.getLocalAddress(), "persistent (" + store + ")", false);
    }

    /** @param inMemory nothing to flush: the server may simply end with the JVM (see {@link RunningServer#endsWithTheJvm()}) */
    static MongoWireServer started(MongoServer server, InetSocketAddress address, String kind, boolean inMemory) {
        String uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
        return new MongoWireServer() {
            @Override
            public boolean endsWithTheJvm() {
                return inMemory;
            }

            private boolean closed;

            @Override
            public String connectionString() {
                return uri;
            }

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    server.shutdownNow();
                }
            }

            @Override
            public String toString() {
                return kind + " MongoDB wire server at " + uri;
            }
        };
    }
}
