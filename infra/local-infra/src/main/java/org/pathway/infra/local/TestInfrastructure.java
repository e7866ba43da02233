package org.pathway.infra.local;

import java.util.Locale;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One shared server of each kind per test JVM, started on first use and stopped when the JVM exits.
 * Every IT obtains its infrastructure here, so a test suite pays each start-up once.
 *
 * <p>Where a Docker engine answers, Kafka, MongoDB and Keycloak are containers (the real {@code mongo:8} instead of
 * the wire server); otherwise they are the local servers. {@code -Dpathway.infra=local} or {@code =containers}
 * (or the environment variable {@code PATHWAY_INFRA}) forces the choice. The JWT issuer and SMTP server always run
 * in this JVM: they are real protocol servers already, and tests need their in-process API.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

    private static final Shared<KafkaBroker> KAFKA = new Shared<>(
            () -> usesContainers() ? ContainerInfrastructure.kafka() : LocalKafka.startInProcess());
    private static final Shared<MongoWireServer> MONGO = new Shared<>(
            () -> usesContainers() ? ContainerInfrastructure.mongo() : LocalMongo.startInMemory());
    private static final Shared<KeycloakServer> KEYCLOAK = new Shared<>(
            () -> usesContainers() ? ContainerInfrastructure.keycloak() : LocalKeycloak.startTemporary());
    private static final Shared<JwtIssuer> JWT_ISSUER = new Shared<>(JwtIssuer::start);
    private static final Shared<LocalSmtpServer> SMTP = new Shared<>(LocalSmtp::start);

    private static Boolean containers;

    private TestInfrastructure() {
    }

    public static KafkaBroker kafka() {
        return KAFKA.get();
    }

    public static MongoWireServer mongo() {
        return MONGO.get();
    }

    /** Keycloak with the Pathway realm imported; the first call in a JVM waits for it to start (15-45 s locally). */
    public static KeycloakServer keycloak() {
        return KEYCLOAK.get();
    }

    /** A key-signed issuer shaped like the Keycloak realm {@code pathway}, for service-level ITs. */
    public static JwtIssuer jwtIssuer() {
        return JWT_ISSUER.get();
    }

    /** Shared by every test in the JVM: look for your own recipients rather than counting all messages. */
    public static LocalSmtpServer smtp() {
        return SMTP.get();
    }

    /** Whether Kafka, MongoDB and Keycloak come from Testcontainers in this JVM. */
    public static synchronized boolean usesContainers() {
        if (containers == null) {
            String forced = System.getProperty("pathway.infra", System.getenv().getOrDefault("PATHWAY_INFRA", "auto"))
                    .trim().toLowerCase(Locale.ROOT);
            containers = switch (forced) {
                case "local" -> false;
                case "containers" -> true;
                default -> ContainerInfrastructure.dockerAvailable();
            };
            log.info("Test infrastructure: {}", containers ? "Testcontainers" : "local servers");
        }
        return containers;
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
                if (!started.endsWithTheJvm()) {
                    Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop " + started));
                }
                server = started;
            }
            return server;
        }
    }
}
