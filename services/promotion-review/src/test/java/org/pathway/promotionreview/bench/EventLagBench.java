package org.pathway.promotionreview.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.pathway.infra.local.KafkaEvents;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.infra.local.TestInfrastructure;
import org.pathway.promotionreview.PromotionReviewApplication;
import org.pathway.promotionreview.support.Events;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Event lag through the live readiness pipeline: ActivityRecorded published on {@code portfolio.activities} →
 * ReadinessAssessed published on {@code promotion.readiness} by the running service (consumer, projection, engine,
 * outbox relay), at a steady rate, beside a raw kafka-clients produce → consume on the same broker in the same run.
 * Every activity goes to its own faculty member whose first report already exists, so each one changes a score and
 * must be announced. Prints BENCH lines, asserts nothing.
 * Run: {@code ./mvnw -B -pl services/promotion-review -Pbench verify -DskipTests}. Arguments (optional): events per
 * second, measured events, warm-up events.
 */
public final class EventLagBench {

    private static final String TENANT = "bench";
    private static final String RAW_TOPIC = "bench.raw";

    private EventLagBench() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        createTopics(RAW_TOPIC, "promotion.readiness", "portfolio.activities", "portfolio.profiles");
        ConfigurableApplicationContext service = new SpringApplicationBuilder(PromotionReviewApplication.class)
                .initializers(new RealInfrastructureInitializer())
                .properties("server.port=0", "logging.level.root=WARN", "spring.main.banner-mode=off").run();
        try {
            raw(rate, measured, warmUp);
            pipeline(rate, measured, warmUp);
            // Both lags are only comparable with the machine's load beside them: this machine is shared.
            System.out.printf("BENCH event-lag.machine cores=%d load_avg_1m=%.1f%n",
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            service.close();
        }
        System.exit(0);
    }

    /** The floor: the same publish call, straight to a consumer. */
    private static void raw(int rate, int measured, int warmUp) throws InterruptedException {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> lags = new CopyOnWriteArrayList<>();
        Collector collector = Collector.start(RAW_TOPIC, (record, receivedAt) -> {
            Long sent = sentAt.get(record.key());
            if (sent != null) {
                lags.add(receivedAt - sent);
            }
        });
        try {
            paced(rate, warmUp + measured, i -> {
                String key = "raw-" + i;
                if (i >= warmUp) {
                    sentAt.put(key, System.currentTimeMillis());
                }
                KafkaEvents.send(RAW_TOPIC, key, UUID.randomUUID().toString(), "bench.Raw", TENANT, "{\"i\":" + i + "}");
            });
            awaitCount(lags::size, measured, Duration.ofSeconds(30));
        } finally {
            collector.stop();
        }
        print("event-lag.raw produce_to_consume", rate, measured, lags);
    }

    private static void pipeline(int rate, int measured, int warmUp) throws InterruptedException {
        int total = warmUp + measured;
        List<String> faculty = new ArrayList<>(total);
        Set<String> firstReports = ConcurrentHashMap.newKeySet();
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> published = new CopyOnWriteArrayList<>();
        List<Long> consumed = new CopyOnWriteArrayList<>();
        Collector collector = Collector.start("promotion.readiness", (record, receivedAt) -> {
            Long sent = sentAt.remove(record.key());
            if (sent != null) {
                published.add(record.timestamp() - sent);
                consumed.add(receivedAt - sent);
            } else {
                firstReports.add(record.key());
            }
        });
        try {
            for (int i = 0; i < total; i++) {
                String id = "bench-faculty-" + i + "-" + UUID.randomUUID();
                faculty.add(id);
                KafkaEvents.publish("portfolio.profiles", id, UUID.randomUUID().toString(), Events.PROFILE_UPDATED,
                        "/pathway/portfolio", TENANT, Events.profile(id, 1).toString());
            }
            awaitCount(firstReports::size, total, Duration.ofMinutes(3));
            paced(rate, total, i -> {
                String id = faculty.get(i);
                if (i >= warmUp) {
                    sentAt.put(id, System.currentTimeMillis());
                } else {
                    firstReports.remove(id);
                }
                KafkaEvents.publish("portfolio.activities", "act-" + id, UUID.randomUUID().toString(),
                        Events.ACTIVITY_RECORDED, "/pathway/portfolio", TENANT,
                        Events.paper(id, "FIRST", "2025-03-01").put("activityId", "act-" + id).toString());
            });
            awaitCount(published::size, measured, Duration.ofSeconds(60));
        } finally {
            collector.stop();
        }
        print("event-lag.activity_recorded_to_readiness_assessed published", rate, measured, published);
        print("event-lag.activity_recorded_to_readiness_assessed consumed", rate, measured, consumed);
    }

    /** Calls {@code send} {@code count} times at {@code rate} per second, on schedule (no coordinated omission). */
    private static void paced(int rate, int count, IntConsumer send) throws InterruptedException {
        long start = System.nanoTime();
        long intervalNanos = 1_000_000_000L / rate;
        for (int i = 0; i < count; i++) {
            long wait = start + i * intervalNanos - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            send.accept(i);
        }
    }

    private static void awaitCount(IntSupplier count, int expected, Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (count.getAsInt() < expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static void print(String name, int rate, int expected, List<Long> lags) {
        List<Long> sorted = new ArrayList<>(lags);
        Collections.sort(sorted);
        System.out.printf("BENCH %s rate_per_s=%d events=%d missing=%d p50_ms=%d p99_ms=%d max_ms=%d%n", name, rate,
                sorted.size(), expected - sorted.size(), percentile(sorted, 50), percentile(sorted, 99),
                sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1));
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static void createTopics(String... names) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafka().bootstrapServers()))) {
            for (String name : names) {
                try {
                    admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    /** A consumer thread reading a topic from its beginning, handing each record and its receipt time over. */
    private static final class Collector implements Runnable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final BiConsumer<ConsumerRecord<String, byte[]>, Long> onRecord;
        private final Thread thread;
        private volatile boolean running = true;
        private volatile boolean assigned;

        private Collector(String topic, BiConsumer<ConsumerRecord<String, byte[]>, Long> onRecord) {
            Properties config = new Properties();
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
            config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
            this.consumer.subscribe(List.of(topic));
            this.onRecord = onRecord;
            this.thread = new Thread(this, "bench-collector-" + topic);
        }

        static Collector start(String topic, BiConsumer<ConsumerRecord<String, byte[]>, Long> onRecord) {
            Collector collector = new Collector(topic, onRecord);
            collector.thread.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!collector.assigned && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            return collector;
        }

        @Override
        public void run() {
            try {
                while (running) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                        onRecord.accept(record, System.currentTimeMillis());
                    }
                    assigned = !consumer.assignment().isEmpty();
                }
            } finally {
                consumer.close();
            }
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }
    }
}
