package org.pathway.proofs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import org.pathway.devstack.AppProcess;
import org.pathway.devstack.PlatformApp;
import org.pathway.infra.local.JwtIssuer;
import org.pathway.infra.local.LocalKafka;
import org.pathway.infra.local.LocalMongo;
import org.pathway.infra.local.MongoWireServer;
import org.pathway.infra.local.Ports;
import org.pathway.infra.local.StandaloneKafkaBroker;
import org.pathway.infra.local.TestInfrastructure;
import org.springframework.util.FileSystemUtils;

/**
 * Two real services as their own JVMs (portfolio, the producer of {@code portfolio.activities}; promotion-review, whose
 * evidence projection consumes it) on infrastructure the proofs can break: a standalone Kafka broker (SIGKILL and
 * restart), the MongoDB wire server on its H2 file (restart), and the process of either service (kill -9). One per test
 * JVM, on free ports and fresh data under {@code target/proofs}, stopped when the JVM exits.
 */
final class ProofPlatform {

    static final String ACTIVITIES = "portfolio.activities";
    static final String PROMOTION_REVIEW_GROUP = "promotion-review";
    private static final Duration READY = Duration.ofMinutes(4);

    private static ProofPlatform shared;

    private final Path appRoot;
    private final Path work;
    private final StandaloneKafkaBroker kafka;
    private final Path mongoFile;
    private final int mongoPort;
    private final JwtIssuer issuer;
    private final PlatformApp portfolio;
    private final PlatformApp promotionReview;
    private final MongoClient mongoClient;
    private MongoWireServer mongo;
    private AppProcess portfolioProcess;
    private AppProcess promotionReviewProcess;

    private ProofPlatform(Path repositoryRoot) {
        this.work = repositoryRoot.resolve("infra/proofs/target/proofs");
        FileSystemUtils.deleteRecursively(work.toFile());
        this.appRoot = snapshotJars(repositoryRoot, work.resolve("jars"));
        this.kafka = LocalKafka.startStandalone(work.resolve("kafka"), 0);
        this.mongoFile = work.resolve("mongo").resolve("pathway.mv");
        this.mongo = LocalMongo.startPersistent(mongoFile, 0);
        this.mongoPort = Integer.parseInt(mongo.connectionString().substring(mongo.connectionString().lastIndexOf(':') + 1));
        this.issuer = TestInfrastructure.jwtIssuer();
        this.portfolio = PlatformApp.PORTFOLIO.onPort(Ports.free());
        this.promotionReview = PlatformApp.PROMOTION_REVIEW.onPort(Ports.free());
        this.mongoClient = MongoClients.create(mongo.connectionString());
        CompletableFuture<AppProcess> consumer = CompletableFuture.supplyAsync(() -> startAndAwait(promotionReview));
        this.portfolioProcess = startAndAwait(portfolio);
        this.promotionReviewProcess = consumer.join();
    }

    static synchronized ProofPlatform shared() {
        if (shared == null) {
            Path root = Path.of(System.getProperty("pathway.root", "../..")).toAbsolutePath().normalize();
            if (!Files.isRegularFile(PlatformApp.PORTFOLIO.jar(root))) {
                throw new IllegalStateException("the services' jars are missing: ./mvnw -B -q install -DskipTests first");
            }
            shared = new ProofPlatform(root);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "stop proof platform"));
        }
        // a fault test that failed half-way must not leave the next one a dead broker
        if (!shared.kafka.isRunning()) {
            shared.kafka.restart();
        }
        if (!ProcessHandle.of(shared.portfolioProcess.pid()).map(ProcessHandle::isAlive).orElse(false)) {
            shared.restartPortfolio();
        }
        return shared;
    }

    /**
     * Copies the apps' jars to {@code snapshot} (same layout as the repository) and returns it as the root to run them
     * from: a jar rebuilt while its JVM runs breaks that JVM's class loading (NoClassDefFoundError), and a fault test
     * must only see the faults it injects itself.
     */
    private static Path snapshotJars(Path repositoryRoot, Path snapshot) {
        for (PlatformApp app : List.of(PlatformApp.PORTFOLIO, PlatformApp.PROMOTION_REVIEW, PlatformApp.GATEWAY)) {
            Path copy = app.jar(snapshot);
            try {
                Files.createDirectories(copy.getParent());
                Files.copy(app.jar(repositoryRoot), copy);
            } catch (IOException e) {
                throw new UncheckedIOException("could not copy " + app.jar(repositoryRoot), e);
            }
        }
        return snapshot;
    }

    StandaloneKafkaBroker kafka() {
        return kafka;
    }

    Activities portfolio() {
        return new Activities(portfolio.port());
    }

    String promotionReviewUrl(String path) {
        return promotionReview.baseUrl() + path;
    }

    /** A faculty member of {@code institution} whose token outlives the longest run. */
    String faculty(String institution) {
        String subject = UUID.randomUUID().toString();
        return issuer.token().subject(subject).username(subject + "@" + institution + ".edu").email(subject + "@"
                + institution + ".edu").name("Faculty " + subject.substring(0, 8)).organization(institution)
                .roles("faculty").expiresIn(Duration.ofHours(2)).sign();
    }

    /** An institution-admin of {@code institution}: the role that reads its institution's dead letters. */
    String institutionAdmin(String institution) {
        String subject = UUID.randomUUID().toString();
        return issuer.token().subject(subject).username("admin-" + subject + "@" + institution + ".edu")
                .organization(institution).roles("institution-admin").expiresIn(Duration.ofHours(2)).sign();
    }

    /** A platform operator: the platform-admin role and no institution. */
    String platformAdmin() {
        String subject = UUID.randomUUID().toString();
        return issuer.token().subject(subject).username("operator-" + subject).roles("platform-admin")
                .expiresIn(Duration.ofHours(2)).sign();
    }

    MongoDatabase portfolioDatabase() {
        return mongoClient.getDatabase(portfolio.database());
    }

    MongoDatabase promotionReviewDatabase() {
        return mongoClient.getDatabase(promotionReview.database());
    }

    /** kill -9 of the portfolio's JVM: no shutdown hook, no flush, as a crash. */
    void killPortfolio() {
        ProcessHandle.of(portfolioProcess.pid()).ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.of(portfolioProcess.pid()).ifPresent(process -> process.onExit().join());
    }

    void restartPortfolio() {
        portfolioProcess = startAndAwait(portfolio);
    }

    /**
     * Restarts both services with {@code jvmOptions} after the launcher's own flags (a later {@code -XX} flag wins), and
     * promotion-review with {@code promotionReviewProperties} on top of the usual ones; logs go to {@code logs-<label>}.
     * Empty arguments restore the platform as {@code ./pathway up} runs it. For benches that compare settings side by
     * side in one run.
     */
    void restartServices(String label, Map<String, String> promotionReviewProperties, List<String> jvmOptions) {
        restartServices(label, promotionReviewProperties, jvmOptions, false);
    }

    /**
     * As {@link #restartServices(String, Map, List)}; {@code fresh} also empties both services' databases while they
     * are down, so a variant measured later does not pay for the documents earlier ones left (the wire server's
     * unindexed scans, such as the outbox sweep's, grow with them).
     */
    void restartServices(String label, Map<String, String> promotionReviewProperties, List<String> jvmOptions,
            boolean fresh) {
        portfolioProcess.close();
        promotionReviewProcess.close();
        if (fresh) {
            portfolioDatabase().drop();
            promotionReviewDatabase().drop();
        }
        Path logs = work.resolve(label.isEmpty() ? "logs" : "logs-" + label);
        List<String> portfolioOptions = new java.util.ArrayList<>(gcLog(logs, portfolio));
        portfolioOptions.addAll(jvmOptions);
        List<String> consumerOptions = new java.util.ArrayList<>(gcLog(logs, promotionReview));
        consumerOptions.addAll(jvmOptions);
        Map<String, String> consumerProperties = properties(promotionReview);
        consumerProperties.putAll(promotionReviewProperties);
        AppProcess consumer = AppProcess.start(promotionReview, appRoot, logs, consumerProperties, "384m", consumerOptions);
        portfolioProcess = AppProcess.start(portfolio, appRoot, logs, properties(portfolio), "384m", portfolioOptions);
        promotionReviewProcess = consumer;
        portfolioProcess.awaitReady(READY);
        promotionReviewProcess.awaitReady(READY);
    }

    /** Stops the wire server (closing its H2 store) and starts it again on the same file and port. */
    void restartMongo() {
        mongo.close();
        mongo = LocalMongo.startPersistent(mongoFile, mongoPort);
    }

    /**
     * One more portfolio replica (same data, same broker) that trusts {@code issuerUri} instead of the test issuer, on
     * its own port; the caller stops it.
     */
    AppProcess startPortfolioTrusting(String issuerUri) {
        PlatformApp replica = PlatformApp.PORTFOLIO.onPort(Ports.free());
        Map<String, String> properties = properties(replica);
        properties.put("pathway.kit.security.issuer-uri", issuerUri);
        properties.remove("pathway.kit.security.jwk-set-uri");
        AppProcess process = AppProcess.start(replica, appRoot, work.resolve("logs-replica"), properties, "384m",
                gcLog(work.resolve("logs-replica"), replica));
        process.awaitReady(READY);
        return process;
    }

    /**
     * The gateway in front of this portfolio, trusting the test issuer, its rate limits far above any bench rate (the
     * bench measures the proxy, not the limiter's refusals); the caller stops it.
     */
    AppProcess startGateway() {
        return startGateway(List.of());
    }

    /** As {@link #startGateway()}, with {@code extraClasspath} ahead of the gateway's own classes (a bench-only swap). */
    AppProcess startGateway(List<Path> extraClasspath) {
        PlatformApp gateway = PlatformApp.GATEWAY.onPort(Ports.free());
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("pathway.gateway.issuer-uri", issuer.issuerUri());
        properties.put("pathway.gateway.jwk-set-uri", issuer.jwkSetUri());
        properties.put("pathway.gateway.services.portfolio", portfolio.baseUrl());
        for (String budget : List.of("per-user", "per-client")) {
            properties.put("pathway.gateway.rate-limits." + budget + ".capacity", "1000000");
            properties.put("pathway.gateway.rate-limits." + budget + ".refill-per-second", "1000000");
        }
        Path logs = work.resolve(extraClasspath.isEmpty() ? "logs" : "logs-gateway-variant");
        // The gateway runs as its image runs it: with the JVM's full tiered compiler (the launcher's C1-only flag saves
        // start time on a laptop, not throughput); a later -XX flag wins over the launcher's.
        List<String> jvmOptions = new ArrayList<>(gcLog(logs, gateway));
        jvmOptions.add("-XX:TieredStopAtLevel=4");
        AppProcess process = AppProcess.start(gateway, appRoot, logs, properties, "256m", jvmOptions, extraClasspath);
        process.awaitReady(READY);
        return process;
    }

    Path work() {
        return work;
    }

    /** The two services' running JVMs (portfolio, promotion-review). */
    List<AppProcess> services() {
        return List.of(portfolioProcess, promotionReviewProcess);
    }

    /**
     * Every app JVM logs its collections ({@code -Xlog:gc}, one line per pause with heap before → after): the soak reads
     * heap after GC and pause times from it. A file per process id, so a restarted service does not overwrite it.
     */
    static List<String> gcLog(Path logs, PlatformApp app) {
        return List.of("-Xlog:gc:file=" + gcLogPattern(logs, app) + ":uptime");
    }

    static String gcLogPattern(Path logs, PlatformApp app) {
        return logs.resolve(app.name() + "-gc-%p.log").toString();
    }

    private AppProcess startAndAwait(PlatformApp app) {
        AppProcess process = AppProcess.start(app, appRoot, work.resolve("logs"), properties(app), "384m",
                gcLog(work.resolve("logs"), app));
        process.awaitReady(READY);
        return process;
    }

    private Map<String, String> properties(PlatformApp app) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.mongodb.uri", "mongodb://127.0.0.1:" + mongoPort);
        properties.put("spring.mongodb.database", app.database());
        properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        properties.put("pathway.kit.security.issuer-uri", issuer.issuerUri());
        properties.put("pathway.kit.security.jwk-set-uri", issuer.jwkSetUri());
        return properties;
    }

    private void stop() {
        for (AppProcess process : List.of(portfolioProcess, promotionReviewProcess)) {
            process.close();
        }
        mongoClient.close();
        mongo.close();
        kafka.close();
    }
}
