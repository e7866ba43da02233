package org.pathway.infra.local;

/** A server this JVM started. {@link #close()} stops it and frees what it held; calling it twice is harmless. */
public interface RunningServer extends AutoCloseable {

    @Override
    void close();

    /**
     * Whether the server ends cleanly with this JVM and needs no stop at exit: true for in-process servers with nothing to
     * flush (the in-process broker, the in-memory Mongo wire server, the token issuer, GreenMail). Stopping those from an
     * exit hook races everything else that runs at exit: Spring test contexts still closing (a scheduled task then waits
     * 30 s on a Mongo server that is gone, and the test JVM is killed) and Kafka's own temp-dir cleanup.
     */
    default boolean endsWithTheJvm() {
        return false;
    }
}
