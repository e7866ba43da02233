package org.pathway.infra.local;

/** A real Kafka broker (KRaft, single node) that clients reach at {@link #bootstrapServers()}. */
public interface KafkaBroker extends RunningServer {

    String bootstrapServers();
}
