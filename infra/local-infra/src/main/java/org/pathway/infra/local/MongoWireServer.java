package org.pathway.infra.local;

/** A server speaking the MongoDB wire protocol, reached by the real driver at {@link #connectionString()}. */
public interface MongoWireServer extends RunningServer {

    /** A {@code mongodb://} URI without a database name; callers append their own. */
    String connectionString();
}
