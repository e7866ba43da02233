package org.pathway.infra.local;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
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
        return started(server, server.getLocalAddress(), "in-memory");
    }

    static MongoWireServer started(MongoServer server, InetSocketAddress address, String kind) {
        String uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
        return new MongoWireServer() {
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
