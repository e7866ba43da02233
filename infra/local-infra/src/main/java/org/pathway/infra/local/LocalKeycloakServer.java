package org.pathway.infra.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keycloak from the server distribution, running {@code kc.sh start-dev} in a home of its own (see
 * {@link LocalKeycloak}). Its H2 database lives under {@link #home()}{@code /data}, so a restart keeps users,
 * sessions and signing keys.
 */
public final class LocalKeycloakServer implements KeycloakServer {

    private static final Logger log = LoggerFactory.getLogger(LocalKeycloakServer.class);

    private final Path home;
    private final Path javaHome;
    private final int port;
    private final String readinessRealm;
    private final boolean importRealm;
    private final String adminUsername;
    private final String adminPassword;
    private final Duration startTimeout;
    private final boolean temporary;
    private KeycloakProcess process;
    private Thread shutdownHook;
    private boolean closed;

    LocalKeycloakServer(Path home, Path javaHome, int port, String readinessRealm, boolean importRealm,
            String adminUsername, String adminPassword, Duration startTimeout, boolean temporary) {
        this.home = home;
        this.javaHome = javaHome;
        this.port = port;
        this.readinessRealm = readinessRealm;
        this.importRealm = importRealm;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.startTimeout = startTimeout;
        this.temporary = temporary;
    }

    @Override
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** This server's own Keycloak home: links to the cached distribution plus its private {@code data/}. */
    public Path home() {
        return home;
    }

    /** Everything kc.sh and the server printed, appended across restarts. */
    public Path logFile() {
        return home.resolve("keycloak.log");
    }

    @Override
    public String adminUsername() {
        return adminUsername;
    }

    @Override
    public String adminPassword() {
        return adminPassword;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isRunning();
    }

    synchronized void start() {
        if (closed) {
            throw new IllegalStateException(this + " is closed");
        }
        long started = System.nanoTime();
        process = new KeycloakProcess(home, javaHome, port, importRealm, adminUsername, adminPassword, logFile());
        if (shutdownHook == null) {
            // A launcher stopped with Ctrl-C must not leave a Keycloak JVM behind.
            shutdownHook = new Thread(this::stop, "stop " + this);
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        process.start(startTimeout, readinessRealm);
        log.info("Started {} in {} ms", this, Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    @Override
    public synchronized void stop() {
        if (process != null && process.isRunning()) {
            process.stop(false);
        }
    }

    /** Ends the server at once (SIGKILL to kc.sh and its JVM), as a crash would. */
    public synchronized void kill() {
        if (process != null) {
            process.stop(true);
        }
    }

    @Override
    public synchronized void restart() {
        stop();
        start();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the JVM is exiting: the hook has stopped or is stopping the server
            }
        }
        if (temporary) {
            try {
                KeycloakDistribution.deleteRecursively(home);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the temporary Keycloak home " + home, e);
            }
        }
    }

    @Override
    public String toString() {
        return "Keycloak at " + baseUrl() + " (home " + home + ")";
    }
}
