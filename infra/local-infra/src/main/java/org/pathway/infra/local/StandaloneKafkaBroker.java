package org.pathway.infra.local;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft Kafka (combined broker and controller) in its own JVM, from the {@code kafka_2.13} jars
 * named by the {@code kafka-broker} module. Unlike the in-process broker it can be {@link #kill() killed} and
 * {@link #restart() restarted} on the same port and data, which is what the launcher and the fault tests need.
 * Its data and {@code broker.log} live in the data directory given at start.
 */
public final class StandaloneKafkaBroker implements KafkaBroker {

    private static final Logger log = LoggerFactory.getLogger(StandaloneKafkaBroker.class);

    private static final String CLASSPATH_RESOURCE = "org/pathway/infra/kafka/broker.classpath";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String NODE_ID = "1";

    private final Path dataDir;
    private final Path logDir;
    private final Path configFile;
    private final Path stateFile;
    private final Path brokerLog;
    private final int port;
    private final String classpath;
    private int controllerPort;
    private String clusterId;
    private Process process;
    private Thread shutdownHook;
    private boolean closed;

    private StandaloneKafkaBroker(Path dataDir, int port) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.logDir = this.dataDir.resolve("kraft-logs");
        this.configFile = this.dataDir.resolve("server.properties");
        this.stateFile = this.dataDir.resolve("pathway-broker.properties");
        this.brokerLog = this.dataDir.resolve("broker.log");
        this.port = port;
        this.classpath = brokerClasspath();
    }

    /**
     * Starts a broker on {@code 127.0.0.1:port} ({@code 0} = a free port, kept for restarts) with its data under
     * {@code dataDir}; a directory that already holds a broker's data is reused, so topics and offsets survive.
     */
    static StandaloneKafkaBroker start(Path dataDir, int port) {
        int brokerPort = Ports.freeOrRequested(port, "Kafka broker");
        StandaloneKafkaBroker broker = new StandaloneKafkaBroker(dataDir, brokerPort);
        broker.prepare();
        broker.launch();
        return broker;
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The broker's own log (stdout and stderr of its JVM, appended across restarts). */
    public Path logFile() {
        return brokerLog;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Ends the broker's JVM at once (SIGKILL): no controlled shutdown, as a crash would. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            awaitExit(process, STOP_TIMEOUT);
            log.info("Killed {}", this);
        }
    }

    /** Starts the broker again on the same port and data, stopping it first if it still runs. */
    public synchronized void restart() {
        if (closed) {
            throw new IllegalStateException(this + " is closed");
        }
        stopGracefully();
        if (!Ports.isFree(port)) {
            throw new IllegalStateException("Cannot restart " + this + ": port " + port + " is in use");
        }
        launch();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopGracefully();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook itself is running or about to: nothing left to undo
            }
        }
    }

    @Override
    public String toString() {
        return "standalone Kafka at " + bootstrapServers() + " (data " + dataDir + ")";
    }

    private void prepare() {
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + logDir, e);
        }
        Properties state = readProperties(stateFile);
        int previousControllerPort = Integer.parseInt(state.getProperty("controller.port", "0"));
        // Keeping the controller port keeps the quorum's address stable across runs on the same data.
        controllerPort = previousControllerPort > 0 && previousControllerPort != port && Ports.isFree(previousControllerPort)
                ? previousControllerPort : freePortOtherThan(port);
        writeConfig();
        Properties meta = readProperties(logDir.resolve("meta.properties"));
        clusterId = meta.getProperty("cluster.id");
        if (clusterId == null) {
            clusterId = Uuid.randomUuid().toString();
            format();
        }
        state.setProperty("controller.port", Integer.toString(controllerPort));
        state.setProperty("port", Integer.toString(port));
        state.setProperty("cluster.id", clusterId);
        writeProperties(stateFile, state, "Ports of the standalone Kafka broker using this directory");
    }

    private void writeConfig() {
        Properties config = new Properties();
        config.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", NODE_ID),
                Map.entry("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"),
                Map.entry("log.dirs", logDir.toString()),
                Map.entry("num.partitions", "3"),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("default.replication.factor", "1"),
                Map.entry("min.insync.replicas", "1"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "10"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "10"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // After a kill the controller refuses the restarted broker until the old session expires (default 9 s).
                Map.entry("broker.session.timeout.ms", "3000"),
                Map.entry("broker.heartbeat.interval.ms", "1000"),
                Map.entry("log.retention.hours", "168")));
        writeProperties(configFile, config, "Generated by " + StandaloneKafkaBroker.class.getName() + " on every start");
    }

    private void format() {
        long logOffset = ServerLog.size(brokerLog);
        List<String> command = javaCommand("kafka.tools.StorageTool", "format", "--cluster-id", clusterId,
                "--config", configFile.toString(), "--ignore-formatted");
        Process formatter = startProcess(command);
        try {
            if (!formatter.waitFor(60, TimeUnit.SECONDS)) {
                formatter.destroyForcibly();
                throw new IllegalStateException("Formatting " + logDir + " timed out\n" + ServerLog.tail(brokerLog, logOffset));
            }
        } catch (InterruptedException e) {
            formatter.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting " + logDir, e);
        }
        if (formatter.exitValue() != 0) {
            throw new IllegalStateException("Formatting " + logDir + " failed (exit " + formatter.exitValue() + ")\n"
                    + ServerLog.tail(brokerLog, logOffset));
        }
    }

    private void launch() {
        long started = System.nanoTime();
        long logOffset = ServerLog.size(brokerLog);
        process = startProcess(javaCommand("kafka.Kafka", configFile.toString()));
        if (shutdownHook == null) {
            // A launcher stopped with Ctrl-C must not leave a broker JVM behind.
            shutdownHook = new Thread(this::stopGracefully, "stop " + this);
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        try {
            awaitReady(logOffset);
        } catch (RuntimeException e) {
            process.destroyForcibly();
            awaitExit(process, STOP_TIMEOUT);
            throw e;
        }
        log.info("Started {} in {} ms", this, Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private void awaitReady(long logOffset) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Admin admin = null;
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka broker at " + bootstrapServers() + " exited with "
                            + process.exitValue() + " while starting\n" + ServerLog.tail(brokerLog, logOffset));
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka broker at " + bootstrapServers() + " not ready within "
                            + START_TIMEOUT.toSeconds() + " s\n" + ServerLog.tail(brokerLog, logOffset));
                }
                // An admin client polled before the port opens only fills the caller's log with connection errors.
                if (admin == null && !Ports.accepts(port)) {
                    sleep(Duration.ofMillis(200));
                    continue;
                }
                if (admin == null) {
                    admin = Admin.create(Map.of(
                            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
                            AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 100,
                            AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500,
                            AdminClientConfig.CLIENT_ID_CONFIG, "pathway-broker-readiness"));
                }
                if (answersAsThisCluster(admin)) {
                    return;
                }
                sleep(Duration.ofMillis(200));
            }
        } finally {
            if (admin != null) {
                admin.close(Duration.ofSeconds(2));
            }
        }
    }

    private boolean answersAsThisCluster(Admin admin) {
        try {
            DescribeClusterResult cluster = admin.describeCluster();
            String answeringCluster = cluster.clusterId().get(3, TimeUnit.SECONDS);
            if (!clusterId.equals(answeringCluster)) {
                throw new IllegalStateException("Another Kafka cluster (" + answeringCluster + ") answers at "
                        + bootstrapServers() + "; expected " + clusterId);
            }
            return !cluster.nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + this, e);
        }
    }

    private synchronized void stopGracefully() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!awaitExit(process, STOP_TIMEOUT)) {
            process.destroyForcibly();
            awaitExit(process, STOP_TIMEOUT);
        }
    }

    private List<String> javaCommand(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx512m",
                "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
                "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
                "-cp", classpath,
                mainClass));
        command.addAll(Arrays.asList(arguments));
        return command;
    }

    private Process startProcess(List<String> command) {
        try {
            // What follows the classpath (main class and arguments) marks where each run's output begins.
            appendToLog("=== " + Instant.now() + " " + String.join(" ", command.subList(command.indexOf("-cp") + 2, command.size()))
                    + "\n");
            return new ProcessBuilder(command)
                    .directory(dataDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(brokerLog.toFile()))
                    .redirectInput(Redirect.from(nullDevice()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command.get(0), e);
        }
    }

    private void appendToLog(String line) throws IOException {
        Files.writeString(brokerLog, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String brokerClasspath() {
        ClassLoader loader = StandaloneKafkaBroker.class.getClassLoader();
        String text;
        try (InputStream in = loader.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is not on the classpath: depend on org.pathway:kafka-broker");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CLASSPATH_RESOURCE, e);
        }
        List<String> missing = Arrays.stream(text.split(File.pathSeparator))
                .filter(entry -> !Files.isRegularFile(Path.of(entry)))
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The Kafka broker's jars are missing from the local Maven repository "
                    + "(install infra/kafka-broker again): " + missing);
        }
        return text;
    }

    private static int freePortOtherThan(int taken) {
        int candidate = Ports.free();
        while (candidate == taken) {
            candidate = Ports.free();
        }
        return candidate;
    }

    private static boolean awaitExit(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
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

    private static Properties readProperties(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return properties;
    }

    private static void writeProperties(Path file, Properties properties, String comment) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, comment);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
