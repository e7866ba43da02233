package org.pathway.proofs;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Event lag from a committed write to the consuming service's applied effect, at 20 and 100 events/s (open model): the
 * portfolio's ActivityRecorded ({@code ce_time}, set when the activity is recorded, just before the save) to
 * promotion-review's processed-event marker ({@code processedAt}, written after the evidence projection and the
 * readiness reassessment). Beside it, a raw kafka-clients producer → consumer on the same broker at the same rate.
 */
class EventLagBench {

    /** The goal's rate, and a lower one that tells latency apart from saturation on a small machine. */
    private static final List<Integer> RATES = List.of(20, 100);
    private static final Duration LENGTH = Duration.ofSeconds(30);
    private static final int VARIANT_RATE = 100;

    @Test
    void shouldMeasureEventLagBesideARawKafkaRoundTrip() {
        ProofPlatform platform = ProofPlatform.shared();
        Activities portfolio = platform.portfolio();
        List<String> faculty = IntStream.range(0, 20).mapToObj(i -> platform.faculty("northbridge")).toList();
        OpenModel.run(20, Duration.ofSeconds(5), i -> portfolio.record(faculty.get(i % 20), "warm-up " + i));

        List<String> rows = new ArrayList<>(List.of("| rate (open model, " + LENGTH.toSeconds() + " s) | path | events | p50 ms"
                + " | p99 ms | max ms |", "|---|---|---|---|---|---|"));
        for (int rate : RATES) {
            String run = FaultChecks.run("lag");
            DeliveryLedger ledger = new DeliveryLedger();
            OpenModel.run(rate, LENGTH, i -> ledger.written(portfolio.record(faculty.get(i % 20), FaultChecks.finalTitle(run)), 1));
            FaultChecks.settle(platform, run, rate * LENGTH.toSeconds(), Duration.ofMinutes(3));
            Latencies service = serviceLag(platform, ledger);
            Latencies raw = rawKafka(platform.kafka().bootstrapServers(), rate);
            // A lag is only a lag of every event: none may be missing from the measurement.
            assertThat(service.count()).as("events measured at %d/s", rate).isEqualTo((int) (rate * LENGTH.toSeconds()));
            assertThat(raw.count()).as("raw records measured at %d/s", rate).isPositive();

            String ratio = Latencies.format(service.percentile(99) / raw.percentile(99));
            BenchReport.print("event-lag rate=" + rate + "/s duration_s=" + LENGTH.toSeconds() + " " + service.summary());
            BenchReport.print("kafka-raw rate=" + rate + "/s duration_s=" + LENGTH.toSeconds() + " " + raw.summary());
            BenchReport.print("event-lag-vs-raw rate=" + rate + "/s p99_ratio=" + ratio + " goal_p99_ms=20 goal_ratio=2");
            rows.add(row(rate + "/s", "portfolio write → promotion-review applied", service));
            rows.add(row(rate + "/s", "raw kafka-clients produce → consume", raw));
            rows.add("| " + rate + "/s | p99 ratio service ÷ raw | | | **" + ratio + "** | |");
        }
        rows.add("");
        rows.add("Goal at 100 events/s: p99 ≤ 20 ms and ≤ 2× raw.");
        rows.add("");
        rows.add(variants(platform, faculty));
        BenchReport.table("event-lag", rows);
    }

    /**
     * The levers, side by side at the goal's rate: both services restarted per variant with the consumer's settings
     * (and the JVM flags) given explicitly, so a variant means the same whatever the service's application.yml says,
     * and on emptied databases, so each starts from the same data. The first variant runs again last as a check on
     * drift. The platform is restored as configured afterwards.
     */
    private static String variants(ProofPlatform platform, List<String> faculty) {
        String binding = "portfolioActivities-in-0";
        Map<String, String> perRecord = Map.of("spring.cloud.stream.bindings." + binding + ".consumer.concurrency", "1",
                "spring.cloud.stream.kafka.bindings." + binding + ".consumer.ack-mode", "RECORD");
        Map<String, String> batched = Map.of("spring.cloud.stream.bindings." + binding + ".consumer.concurrency", "1",
                "spring.cloud.stream.kafka.bindings." + binding + ".consumer.ack-mode", "BATCH");
        Map<String, String> parallel = Map.of("spring.cloud.stream.bindings." + binding + ".consumer.concurrency", "3",
                "spring.cloud.stream.kafka.bindings." + binding + ".consumer.ack-mode", "BATCH");
        Map<String, Map<String, String>> settings = new java.util.LinkedHashMap<>();
        settings.put("1 consumer thread, offset commit per record, C1 only", perRecord);
        settings.put("1 consumer thread, offset commit per poll, C1 only", batched);
        settings.put("3 consumer threads (one per partition), commit per poll, C1 only", parallel);
        settings.put("1 consumer thread, commit per poll, C2 (both services)", batched);
        // the first again: if it differs much from its first run, the machine changed under the bench, not the setting
        settings.put("1 consumer thread, offset commit per record, C1 only (again)", perRecord);
        List<String> rows = new ArrayList<>(List.of("| variant @ " + VARIANT_RATE + "/s, " + LENGTH.toSeconds() + " s | events"
                + " | p50 ms | p99 ms | max ms |", "|---|---|---|---|---|"));
        try {
            settings.forEach((label, properties) -> {
                List<String> jvm = label.contains("C2") ? List.of("-XX:TieredStopAtLevel=4") : List.of();
                platform.restartServices("lag-variant", properties, jvm, true);
                Activities restarted = platform.portfolio();
                OpenModel.run(20, Duration.ofSeconds(5), i -> restarted.record(faculty.get(i % 20), "warm-up " + i));
                String run = FaultChecks.run("lag-variant");
                DeliveryLedger ledger = new DeliveryLedger();
                OpenModel.run(VARIANT_RATE, LENGTH, i -> ledger.written(restarted.record(faculty.get(i % 20),
                        FaultChecks.finalTitle(run)), 1));
                FaultChecks.settle(platform, run, VARIANT_RATE * LENGTH.toSeconds(), Duration.ofMinutes(3));
                Latencies lag = serviceLag(platform, ledger);
                assertThat(lag.count()).as("events measured for %s", label).isEqualTo((int) (VARIANT_RATE * LENGTH.toSeconds()));
                BenchReport.print("event-lag-variant rate=" + VARIANT_RATE + "/s variant=\"" + label + "\" " + lag.summary());
                rows.add("| " + label + " | " + lag.count() + " | " + Latencies.format(lag.percentile(50)) + " | "
                        + Latencies.format(lag.percentile(99)) + " | " + Latencies.format(lag.percentile(100)) + " |");
            });
        } finally {
            platform.restartServices("", Map.of(), List.of());
        }
        return String.join("\n", rows);
    }

    private static String row(String rate, String path, Latencies latencies) {
        return "| " + rate + " | " + path + " | " + latencies.count() + " | " + Latencies.format(latencies.percentile(50)) + " | "
                + Latencies.format(latencies.percentile(99)) + " | " + Latencies.format(latencies.percentile(100)) + " |";
    }

    /** ce_time of each of the run's events on the topic, against the consumer's marker for the same event id. */
    private static Latencies serviceLag(ProofPlatform platform, DeliveryLedger ledger) {
        Map<String, Instant> recordedAt = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : BrokerView.readAll(platform.kafka().bootstrapServers(),
                ProofPlatform.ACTIVITIES)) {
            if (ledger.aggregates().contains(record.key())) {
                recordedAt.putIfAbsent(BrokerView.header(record, "ce_id"), Instant.parse(BrokerView.header(record, "ce_time")));
            }
        }
        Latencies latencies = new Latencies();
        for (Document marker : platform.promotionReviewDatabase().getCollection("processed_events")
                .find(eq("group", ProofPlatform.PROMOTION_REVIEW_GROUP))) {
            Instant recorded = recordedAt.get(marker.getString("eventId"));
            if (recorded != null) {
                latencies.add(Duration.between(recorded, marker.getDate("processedAt").toInstant()).toNanos() / 1e6);
            }
        }
        return latencies;
    }

    /** The same rate through a bare producer (client defaults, acks=all) to a bare consumer polling the same broker. */
    private static Latencies rawKafka(String bootstrap, int rate) {
        String topic = "proofs.raw-" + UUID.randomUUID().toString().substring(0, 8);
        Latencies latencies = new Latencies();
        long total = rate * LENGTH.toSeconds();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap, ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
                KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap, ConsumerConfig.GROUP_ID_CONFIG, topic), new StringDeserializer(), new ByteArrayDeserializer())) {
            producer.send(new ProducerRecord<>(topic, "create", new byte[8])).get();
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            CompletableFuture<Void> receiving = CompletableFuture.runAsync(() -> {
                while (latencies.count() < total) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        latencies.add((System.nanoTime() - ByteBuffer.wrap(record.value()).getLong()) / 1e6);
                    }
                }
            });
            OpenModel.run(rate, LENGTH, i -> producer.send(new ProducerRecord<>(topic, "key-" + (i % 20),
                    ByteBuffer.allocate(8).putLong(System.nanoTime()).array())));
            receiving.get(LENGTH.toSeconds() + 60, java.util.concurrent.TimeUnit.SECONDS);
            return latencies;
        } catch (Exception e) {
            throw new AssertionError("the raw Kafka round trip failed", e);
        }
    }
}
