package org.pathway.infra.local;

import java.nio.file.Path;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** Real Kafka brokers without Docker. */
public final class LocalKafka {

    private LocalKafka() {
    }

    /**
     * A KRaft broker inside this JVM (spring-kafka-test's cluster test kit): starts in about three seconds,
     * the right choice for tests that never need to kill the broker.
     */
    public static KafkaBroker startInProcess() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.brokerProperty("num.partitions", "3");
        broker.brokerProperty("offsets.topic.replication.factor", "1");
        // 50 offsets partitions (the default) cost start-up time and log lines for no benefit on one node.
        broker.brokerProperty("offsets.topic.num.partitions", "5");
        broker.brokerProperty("transaction.state.log.replication.factor", "1");
        broker.brokerProperty("transaction.state.log.min.isr", "1");
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.afterPropertiesSet();
        String bootstrap = broker.getBrokersAsString();
        return new KafkaBroker() {
            private boolean closed;

            @Override
            public String bootstrapServers() {
                return bootstrap;
            }

            @Override
            public boolean endsWithTheJvm() {
                return true;
            }

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    broker.destroy();
                }
            }

            @Override
            public String toString() {
                return "in-process Kafka at " + bootstrap;
            }
        };
    }

    /**
     * A KRaft broker in its own JVM (about 400 MB), listening on {@code 127.0.0.1:port} ({@code 0} = a free
     * port) with its data and {@code broker.log} under {@code dataDir}: data already there is kept. It can be
     * killed and restarted, so the launcher and fault-injection tests use it.
     */
    public static StandaloneKafkaBroker startStandalone(Path dataDir, int port) {
        return StandaloneKafkaBroker.start(dataDir, port);
    }
}
