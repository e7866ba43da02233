package org.pathway.infra.local;

import java.nio.file.Files;
import java.nio.file.Path;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import dasniko.testcontainers.keycloak.KeycloakContainer;

/**
 * The same servers as containers, for machines with a Docker engine: the real MongoDB (which the wire server only
 * imitates), Kafka and Keycloak images. Each is returned behind the interface its local counterpart implements.
 */
final class ContainerInfrastructure {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.0";
    static final String MONGO_IMAGE = "mongo:8";
    static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.4.5";

    private ContainerInfrastructure() {
    }

    static boolean dockerAvailable() {
        // Asking Testcontainers costs seconds and logs an ERROR where no engine was ever installed; look first.
        if (!dockerConfigured()) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean dockerConfigured() {
        String home = System.getProperty("user.home");
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        return System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(home, ".testcontainers.properties"))
                || Files.exists(Path.of(home, ".docker/run/docker.sock"))
                || Files.exists(Path.of(home, ".colima/default/docker.sock"))
                || (runtimeDir != null && (Files.exists(Path.of(runtimeDir, "docker.sock"))
                        || Files.exists(Path.of(runtimeDir, "podman/podman.sock"))));
    }

    static KafkaBroker kafka() {
        KafkaContainer container = new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true");
        container.start();
        return new KafkaBroker() {
            @Override
            public String bootstrapServers() {
                return container.getBootstrapServers();
            }

            @Override
            public void close() {
                container.stop();
            }

            @Override
            public String toString() {
                return "Kafka container " + KAFKA_IMAGE + " at " + bootstrapServers();
            }
        };
    }

    static MongoWireServer mongo() {
        MongoDBContainer container = new MongoDBContainer(MONGO_IMAGE);
        container.start();
        return new MongoWireServer() {
            @Override
            public String connectionString() {
                return container.getConnectionString();
            }

            @Override
            public void close() {
                container.stop();
            }

            @Override
            public String toString() {
                return "MongoDB container " + MONGO_IMAGE + " at " + connectionString();
            }
        };
    }

    static KeycloakServer keycloak() {
        KeycloakContainer container = new KeycloakContainer(KEYCLOAK_IMAGE).withRealmImportFile(LocalKeycloak.REALM_RESOURCE);
        container.start();
        return new KeycloakServer() {
            @Override
            public String baseUrl() {
                String url = container.getAuthServerUrl();
                return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            }

            @Override
            public String adminUsername() {
                return container.getAdminUsername();
            }

            @Override
            public String adminPassword() {
                return container.getAdminPassword();
            }

            @Override
            public void stop() {
                container.stop();
            }

            /** A container does not keep its data: this starts a fresh one with the realm imported again. */
            @Override
            public void restart() {
                container.stop();
                container.start();
            }

            @Override
            public void close() {
                container.stop();
            }

            @Override
            public String toString() {
                return "Keycloak container " + KEYCLOAK_IMAGE + " at " + baseUrl();
            }
        };
    }
}
