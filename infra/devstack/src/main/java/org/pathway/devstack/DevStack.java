package org.pathway.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.pathway.infra.local.KeycloakServer;
import org.pathway.infra.local.LocalKafka;
import org.pathway.infra.local.LocalKeycloak;
import org.pathway.infra.local.LocalKeycloakServer;
import org.pathway.infra.local.LocalMongo;
import org.pathway.infra.local.LocalSmtp;
import org.pathway.infra.local.LocalSmtpServer;
import org.pathway.infra.local.MongoWireServer;
import org.pathway.infra.local.RunningServer;
import org.pathway.infra.local.StandaloneKafkaBroker;

/**
 * The process behind {@code ./pathway up}: hosts the MongoDB wire server and SMTP, starts Kafka and Keycloak as their
 * own processes, then the five services and the gateway, and stops everything it started when it is stopped itself.
 * Progress goes to {@code .pathway/run/state} (STARTING, READY, FAILED: ..., STOPPED) for the script to follow.
 */
public final class DevStack {

    static final int KAFKA_PORT = 9092;
    static final int MONGO_PORT = 27017;
    static final int KEYCLOAK_PORT = 8180;
    static final int SMTP_PORT = 2525;

    static final List<String> DEMO_LOGINS = List.of(
            "faculty@northbridge.edu   faculty                  Northbridge University School of Medicine",
            "mentor@northbridge.edu    mentor, faculty          Northbridge",
            "committee@northbridge.edu committee, faculty       Northbridge",
            "admin@northbridge.edu     institution-admin        Northbridge",
            "faculty@lakeside.edu      faculty                  Lakeside College of Medicine",
            "mentor@lakeside.edu       mentor, faculty          Lakeside",
            "committee@lakeside.edu    committee, faculty       Lakeside",
            "admin@lakeside.edu        institution-admin        Lakeside",
            "platform@pathway.local    platform-admin           (no institution)");

    private final StackDirectories directories;
    private final Deque<RunningServer> started = new ArrayDeque<>();

    DevStack(StackDirectories directories) {
        this.directories = directories;
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("pathway.root", ".")).toAbsolutePath().normalize();
        String command = args.length == 0 ? "up" : args[0];
        StackDirectories directories = StackDirectories.under(root);
        switch (command) {
            case "up" -> new DevStack(directories).up();
            case "status" -> System.exit(new StackStatus(directories).print() ? 0 : 1);
            default -> {
                System.err.println("usage: DevStack up|status");
                System.exit(2);
            }
        }
    }

    void up() {
        directories.create();
        Instant begin = Instant.now();
        state("STARTING");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopAll();
            state("STOPPED");
            stopped.countDown();
        }, "pathway-stop"));
        try {
            LauncherPorts.requireFree(requiredPorts());
            MongoWireServer mongo = track(LocalMongo.startPersistent(directories.data().resolve("mongo").resolve("pathway.mv"),
                    MONGO_PORT));
            log("MongoDB wire server (H2 file) at " + mongo.connectionString());
            LocalSmtpServer smtp = track(LocalSmtp.start(SMTP_PORT));
            log("SMTP (GreenMail) at " + smtp.host() + ":" + smtp.port());

            // Keycloak is the slowest to start; Kafka starts meanwhile.
            CompletableFuture<LocalKeycloakServer> keycloak = CompletableFuture.supplyAsync(() ->
                    LocalKeycloak.start(directories.data().resolve("keycloak"), KEYCLOAK_PORT));
            StandaloneKafkaBroker kafka = track(LocalKafka.startStandalone(directories.data().resolve("kafka"), KAFKA_PORT));
            log("Kafka broker (own JVM) at " + kafka.bootstrapServers());
            linkLog("kafka.log", kafka.logFile());
            LocalKeycloakServer sso = track(keycloak.join());
            log("Keycloak at " + sso.baseUrl());
            // Invitations to an institution's first admin go out through the local SMTP server (read them at Mailpit's
            // stand-in, GreenMail, on the SMTP port).
            sso.sendRealmMailThrough(KeycloakServer.PATHWAY_REALM, smtp.host(), smtp.port());
            linkLog("keycloak.log", sso.logFile());

            InfrastructureEndpoints endpoints = new InfrastructureEndpoints(mongo.connectionString(), kafka.bootstrapServers(),
                    sso.issuerUri(KeycloakServer.PATHWAY_REALM), smtp.host(), smtp.port());
            log("starting the five services and the gateway");
            RunningPlatform platform = track(RunningPlatform.start(directories.repositoryRoot(), directories.logs(), endpoints,
                    PlatformApp.SERVICES, PlatformApp.GATEWAY));
            writeSummary(sso, platform, Duration.between(begin, Instant.now()));
            state("READY");
        } catch (RuntimeException e) {
            String message = e.getCause() != null && e instanceof java.util.concurrent.CompletionException
                    ? e.getCause().getMessage() : e.getMessage();
            log("FAILED: " + message);
            state("FAILED: " + message);
            System.exit(1);
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Map<String, Integer> requiredPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("Kafka", KAFKA_PORT);
        ports.put("MongoDB", MONGO_PORT);
        ports.put("Keycloak", KEYCLOAK_PORT);
        ports.put("SMTP", SMTP_PORT);
        PlatformApp.SERVICES.forEach(app -> ports.put(app.name(), app.port()));
        ports.put(PlatformApp.GATEWAY.name(), PlatformApp.GATEWAY.port());
        return ports;
    }

    private <T extends RunningServer> T track(T server) {
        synchronized (started) {
            started.push(server);
        }
        return server;
    }

    private void stopAll() {
        synchronized (started) {
            while (!started.isEmpty()) {
                RunningServer server = started.pop();
                try {
                    server.close();
                } catch (RuntimeException e) {
                    log("could not stop " + server + ": " + e.getMessage());
                }
            }
        }
    }

    private void writeSummary(KeycloakServer sso, RunningPlatform platform, Duration took) {
        StringBuilder summary = new StringBuilder();
        summary.append("Pathway is ready (started in ").append(took.toSeconds()).append(" s)\n\n");
        summary.append("  Gateway (portal and APIs)  ").append(PlatformApp.GATEWAY.baseUrl()).append('\n');
        summary.append("  Keycloak                   ").append(sso.baseUrl()).append("  (admin console: ")
                .append(sso.adminUsername()).append(" / ").append(sso.adminPassword()).append(")\n");
        summary.append("  Kafka ").append("127.0.0.1:").append(KAFKA_PORT).append("   MongoDB 127.0.0.1:").append(MONGO_PORT)
                .append("   SMTP 127.0.0.1:").append(SMTP_PORT).append('\n');
        summary.append("  Logs ").append(directories.logs()).append("   Data ").append(directories.data()).append("\n\n");
        summary.append("Demo logins (password: pathway):\n");
        DEMO_LOGINS.forEach(login -> summary.append("  ").append(login).append('\n'));
        summary.append("\nA token for API calls:\n  curl -s -d grant_type=password -d client_id=pathway-cli")
                .append(" -d username=faculty@northbridge.edu -d password=pathway ")
                .append(sso.tokenUri(KeycloakServer.PATHWAY_REALM)).append('\n');
        summary.append("\nProcesses:\n");
        platform.processes().forEach(process -> summary.append("  ").append(process).append('\n'));
        write(directories.summaryFile(), summary.toString());
        log(summary.toString());
    }

    /** Kafka and Keycloak write their logs beside their data; a link puts every process's log in one folder. */
    private void linkLog(String name, Path target) {
        Path link = directories.logs().resolve(name);
        try {
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, target.toAbsolutePath());
        } catch (IOException | UnsupportedOperationException e) {
            log("log of " + name + " is at " + target);
        }
    }

    private void state(String state) {
        write(directories.stateFile(), state + "\n");
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void log(String line) {
        System.out.println("[pathway] " + line);
        System.out.flush();
    }
}
