package org.pathway.infra.local;

import java.util.function.Supplier;

/**
 * One shared server of each kind per test JVM, started on first use and stopped when the JVM exits.
 * Every IT obtains its infrastructure here, so a test suite pays each start-up once.
 */
public final class TestInfrastructure {

    private static final Shared<KafkaBroker> KAFKA = new Shared<>(LocalKafka::startInProcess);
    private static final Shared<MongoWireServer> MONGO = new Shared<>(LocalMongo::startInMemory);

    private TestInfrastructure() {
    }

    public static KafkaBroker kafka() {
        return KAFKA.get();
    }

    public static MongoWireServer mongo() {
        return MONGO.get();
    }

    private static final class Shared<T extends RunningServer> {
        private final Supplier<T> starter;
        private T server;

        Shared(Supplier<T> starter) {
            this.starter = starter;
        }

        synchronized T get() {
            if (server == null) {
                T started = starter.get();
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop " + started));
                server = started;
            }
            return server;
        }
    }
}
