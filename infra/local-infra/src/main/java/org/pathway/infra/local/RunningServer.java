package org.pathway.infra.local;

/** A server this JVM started. {@link #close()} stops it and frees what it held; calling it twice is harmless. */
public interface RunningServer extends AutoCloseable {

    @Override
    void close();

    /**
     * Whether the server ends cleanly with this JVM and needs no stop at exit. The in-process broker does: its threads
     * die with the JVM and Kafka's test kit deletes its own files, and stopping it from a second exit hook races that
     * deletion (an error log at the end of every test run).
     */
    default boolean endsWithTheJvm() {
        return false;
    }
}
