package org.pathway.infra.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * The real Keycloak server without Docker: the {@code keycloak-quarkus-dist} zip from Maven Central, unpacked and
 * built once into a cache outside {@code target/} ({@code $PATHWAY_CACHE} or {@code ~/.cache/pathway}), started
 * with {@code kc.sh start-dev --import-realm --hostname=http://127.0.0.1:<port>}. Needs a JDK 21+ (see
 * {@link Builder#javaHome(Path)}). A fresh start with the realm import takes roughly 15-45 s, a restart less.
 */
public final class LocalKeycloak {

    static final String REALM_RESOURCE = "keycloak/pathway-realm.json";
    private static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(3);

    private LocalKeycloak() {
    }

    /**
     * Keycloak with the Pathway realm (from the keycloak-realm jar) on {@code 127.0.0.1:port} ({@code 0} = a free
     * port), its home and data under {@code dataDir}. Data already there is kept: a realm that exists is not
     * imported again (delete the directory to start from the realm file).
     */
    public static LocalKeycloakServer start(Path dataDir, int port) {
        return builder().dataDir(dataDir).port(port).start();
    }

    /** As {@link #start(Path, int)}, importing {@code realmFile} instead of the Pathway realm. */
    public static LocalKeycloakServer start(Path dataDir, int port, Path realmFile) {
        return builder().dataDir(dataDir).port(port).realmFile(realmFile).start();
    }

    /** Keycloak with the Pathway realm on a free port, in a temporary home deleted by {@code close()}. */
    public static LocalKeycloakServer startTemporary() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Path dataDir;
        private int port;
        private Path realmFile;
        private boolean importRealm = true;
        private String adminUsername = "admin";
        private String adminPassword = "admin";
        private Path javaHome;
        private Duration startTimeout = DEFAULT_START_TIMEOUT;

        private Builder() {
        }

        /** Where this server's home and data live; none = a temporary directory deleted on close. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** {@code 0} (the default) = a free port, kept across restarts. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** A realm export to import instead of the Pathway realm. */
        public Builder realmFile(Path realmFile) {
            this.realmFile = realmFile;
            this.importRealm = true;
            return this;
        }

        /** Only the master realm. */
        public Builder withoutRealmImport() {
            this.importRealm = false;
            return this;
        }

        /** The bootstrap administrator of the master realm; default admin/admin. */
        public Builder admin(String username, String password) {
            this.adminUsername = username;
            this.adminPassword = password;
            return this;
        }

        /**
         * The JDK 21+ that runs Keycloak. Default: system property {@code pathway.keycloak.java-home}, environment
         * {@code PATHWAY_KEYCLOAK_JAVA_HOME}, the build's {@code pathway.keycloak.java-home}, this JVM if 21+, the
         * newest JDK 21+ under {@code /usr/lib/jvm}.
         */
        public Builder javaHome(Path javaHome) {
            this.javaHome = javaHome;
            return this;
        }

        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = startTimeout;
            return this;
        }

        /** Prepares the distribution if needed (the first time: about a minute), starts, and waits until it answers. */
        public LocalKeycloakServer start() {
            int serverPort = Ports.freeOrRequested(port, "Keycloak");
            KeycloakDistribution distribution = KeycloakDistribution.fromClasspath();
            Path java = distribution.javaHome(javaHome);
            Path installation = distribution.installation(java);
            boolean temporary = dataDir == null;
            Path home;
            try {
                home = temporary ? Files.createTempDirectory("pathway-keycloak-")
                        : Files.createDirectories(dataDir.toAbsolutePath().normalize());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the Keycloak home " + dataDir, e);
            }
            LocalKeycloakServer server;
            try {
                distribution.prepareInstanceHome(installation, home);
                String readinessRealm = importRealm ? installRealm(home) : "master";
                server = new LocalKeycloakServer(home, java, serverPort, readinessRealm, importRealm,
                        adminUsername, adminPassword, startTimeout, temporary);
            } catch (RuntimeException e) {
                if (temporary) {
                    deleteQuietly(home, e);
                }
                throw e;
            }
            try {
                server.start();
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        }

        private static void deleteQuietly(Path home, RuntimeException failure) {
            try {
                KeycloakDistribution.deleteRecursively(home);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }

        /** Puts the realm file into {@code data/import} and returns the realm's name. */
        private String installRealm(Path home) {
            try {
                Path importDir = Files.createDirectories(home.resolve("data/import"));
                byte[] json;
                String fileName = realmFile != null ? realmFile.getFileName().toString() : REALM_RESOURCE;
                if (realmFile != null) {
                    json = Files.readAllBytes(realmFile);
                } else {
                    try (InputStream in = LocalKeycloak.class.getClassLoader().getResourceAsStream(REALM_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(REALM_RESOURCE + " is not on the classpath: depend on org.pathway:keycloak-realm");
                        }
                        json = in.readAllBytes();
                    }
                }
                Map<String, Object> realm = JSONObjectUtils.parse(new String(json, StandardCharsets.UTF_8));
                String name = JSONObjectUtils.getString(realm, "realm");
                if (name == null || name.isBlank()) {
                    throw new IllegalStateException("The realm file " + fileName + " names no realm");
                }
                // Keycloak's directory import reads only files named <realm>-realm.json.
                Path target = importDir.resolve(name + "-realm.json");
                Path temp = Files.createTempFile(importDir, name, ".tmp");
                Files.write(temp, json);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return name;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot install the realm file into " + home, e);
            } catch (ParseException e) {
                throw new IllegalStateException("The realm file is not valid JSON: " + e.getMessage(), e);
            }
        }
    }
}
