package org.pathway.infra.local;

/** A server this JVM started. {@link #close()} stops it and frees what it held; calling it twice is harmless. */
public interface RunningServer extends AutoCloseable {

    @Override
    void close();
}
