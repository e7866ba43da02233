package org.pathway.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.pathway.infra.local.RunningServer;
import org.pathway.infra.local.ServerLog;

/** A Pathway application running as its own JVM, its output in one log file. */
public final class AppProcess implements RunningServer {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final PlatformApp app;
    private final Process process;
    private final Path log;

    private AppProcess(PlatformApp app, Process process, Path log) {
        this.app = app;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the app's jar with the given Spring properties (passed as {@code -D} flags, which outrank the app's
     * application.yml). Returns at once; {@link #awaitReady(Duration)} waits for the readiness probe.
     */
    public static AppProcess start(PlatformApp app, Path repositoryRoot, Path logDir, Map<String, String> properties,
            String maxHeap) {
        return start(app, repositoryRoot, logDir, properties, maxHeap, List.of());
    }

    /**
     * As {@link #start(PlatformApp, Path, Path, Map, String)}, with extra JVM options placed after the launcher's own
     * (so a later {@code -XX} flag overrides one of the defaults) and before the jar: GC logging for a soak, or another
     * JIT/GC choice for a benchmark that measures it.
     */
    public static AppProcess start(PlatformApp app, Path repositoryRoot, Path logDir, Map<String, String> properties,
            String maxHeap, List<String> jvmOptions) {
        return start(app, repositoryRoot, logDir, properties, maxHeap, jvmOptions, List.of());
    }

    /**
     * As {@link #start(PlatformApp, Path, Path, Map, String, List)}, with {@code extraClasspath} (directories or jars)
     * ahead of the app's own classes: the jar is then run through Spring Boot's {@code PropertiesLauncher} with
     * {@code loader.path}, the launcher's documented way to add to an executable jar's class path. For benchmarks that
     * swap one bean from outside the app (the app itself carries no switch for it).
     */
    public static AppProcess start(PlatformApp app, Path repositoryRoot, Path logDir, Map<String, String> properties,
            String maxHeap, List<String> jvmOptions, List<Path> extraClasspath) {
        Path jar = app.jar(repositoryRoot);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests install)");
        }
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(app.name() + ".log");
            // Serial GC and C1 only: six JVMs share two cores, and start-up time matters more than peak throughput.
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + maxHeap, "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-Dserver.port=" + app.port()));
            command.addAll(jvmOptions);
            properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
            if (extraClasspath.isEmpty()) {
                command.addAll(List.of("-jar", jar.toString()));
            } else {
                command.add("-Dloader.path=" + String.join(",", extraClasspath.stream().map(Path::toString).toList()));
                command.addAll(List.of("-cp", jar.toString(), "org.springframework.boot.loader.launch.PropertiesLauncher"));
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            return new AppProcess(app, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + app.name(), e);
        }
    }

    public PlatformApp app() {
        return app;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** Waits until {@code /actuator/health/readiness} answers 200; fails fast with the log's tail if the JVM exits. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        URI readiness = URI.create(app.baseUrl() + "/actuator/health/readiness");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(app.name() + " exited with code " + process.exitValue()
                        + " before it was ready. Last lines of " + log + ":\n" + ServerLog.tail(log));
            }
            if (isReady(readiness)) {
                return;
            }
            sleep(500);
        }
        throw new IllegalStateException(app.name() + " was not ready within " + timeout.toSeconds() + " s. Last lines of "
                + log + ":\n" + ServerLog.tail(log));
    }

    static boolean isReady(URI readiness) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks the JVM to stop (SIGTERM, so Spring shuts down gracefully), and kills it if it has not within 20 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return app.name() + " (pid " + process.pid() + ", " + app.baseUrl() + ")";
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
