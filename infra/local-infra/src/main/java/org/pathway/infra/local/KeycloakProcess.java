package org.pathway.infra.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One {@code kc.sh start-dev} run in a Keycloak home. kc.sh starts the server JVM as its child and forwards
 * SIGTERM to it; a forced stop must therefore end the child too, or the server outlives its script.
 */
final class KeycloakProcess {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path home;
    private final Path javaHome;
    private final int port;
    private final boolean importRealm;
    private final String adminUsername;
    private final String adminPassword;
    private final Path log;
    private Process process;

    KeycloakProcess(Path home, Path javaHome, int port, boolean importRealm, String adminUsername, String adminPassword, Path log) {
        this.home = home;
        this.javaHome = javaHome;
        this.port = port;
        this.importRealm = importRealm;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.log = log;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts kc.sh and returns once {@code realm}'s discovery document answers 200; fails fast if the server dies. */
    void start(Duration timeout, String realm) {
        if (!Ports.isFree(port)) {
            throw new IllegalStateException("Keycloak: port 127.0.0.1:" + port + " is already in use");
        }
        long logOffset = ServerLog.size(log);
        List<String> command = new ArrayList<>(List.of("/bin/sh", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                // A fixed hostname: otherwise a token's iss follows whatever host the client used.
                "--hostname=" + baseUrl()));
        if (importRealm) {
            // Imports every file in data/import once; a realm that already exists (a restart) is left as it is.
            command.add("--import-realm");
        }
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "=== " + Instant.now() + " " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(log.toFile()))
                    .redirectInput(Redirect.from(new File("/dev/null")));
            Map<String, String> environment = builder.environment();
            // Settings of the caller's shell (KC_DB, JAVA_OPTS, ...) must not change the server we start.
            environment.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("QUARKUS_")
                    || name.startsWith("JAVA_OPTS") || name.equals("JAVA") || name.equals("JAVA_ADD_OPENS"));
            environment.put("JAVA_HOME", javaHome.toString());
            environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUsername);
            environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Keycloak in " + home, e);
        }
        try {
            awaitReady(timeout, realm, logOffset);
        } catch (RuntimeException e) {
            stop(true);
            throw e;
        }
    }

    private void awaitReady(Duration timeout, String realm, long logOffset) {
        URI discovery = URI.create(baseUrl() + "/realms/" + realm + "/.well-known/openid-configuration");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak at " + baseUrl() + " exited with " + process.exitValue()
                        + " while starting\n" + ServerLog.tail(log, logOffset));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak at " + baseUrl() + " did not serve realm " + realm + " within "
                        + timeout.toSeconds() + " s\n" + ServerLog.tail(log, logOffset));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(Duration.ofMillis(500));
        }
    }

    /** Stops the server: SIGTERM through kc.sh (a graceful shutdown) or, if {@code force}, SIGKILL to the whole tree. */
    void stop(boolean force) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        if (force) {
            tree.forEach(ProcessHandle::destroyForcibly);
        } else {
            process.destroy();
            awaitExit(process.toHandle(), STOP_TIMEOUT);
        }
        for (ProcessHandle handle : tree) {
            if (handle.isAlive() && !awaitExit(handle, force ? STOP_TIMEOUT : Duration.ofSeconds(5))) {
                handle.destroyForcibly();
                awaitExit(handle, STOP_TIMEOUT);
            }
        }
    }

    private static boolean awaitExit(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
