package org.pathway.promotionreview.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.pathway.contracts.EventContracts;
import org.pathway.infra.local.TestInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The portfolio's side of the conversation on the shared test broker: its contract examples, modified, published as
 * the portfolio would; and what promotion-review really put on {@code promotion.readiness}.
 */
public final class Events {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final String ACTIVITY_RECORDED = "org.pathway.portfolio.ActivityRecorded.v1";
    public static final String PROFILE_UPDATED = "org.pathway.portfolio.ProfileUpdated.v1";
    public static final String READINESS_ASSESSED = "org.pathway.promotion-review.ReadinessAssessed.v1";
    private static KafkaProducer<String, byte[]> producer;

    private Events() {
    }

    /** ProfileUpdated v1: the example for {@code userId}, clinician-educator assistant professor, niche "Clinical Reasoning". */
    public static ObjectNode profile(String userId, int revision) {
        ObjectNode profile = (ObjectNode) JSON.readTree(EventContracts.example("portfolio", "ProfileUpdated", 1));
        profile.put("userId", userId).put("revision", revision).put("rank", "ASSISTANT_PROFESSOR")
                .put("track", "CLINICIAN_EDUCATOR");
        return profile;
    }

    /** ActivityRecorded v1: the example turned into {@code kind} with the given typed detail. */
    public static ObjectNode activity(String facultyId, String kind, String title, String occurredOn, String details) {
        ObjectNode event = (ObjectNode) JSON.readTree(EventContracts.example("portfolio", "ActivityRecorded", 1));
        event.put("activityId", UUID.randomUUID().toString()).put("facultyId", facultyId).put("kind", kind)
                .put("title", title).put("occurredOn", occurredOn).putNull("endedOn").putNull("teaching");
        event.set(kind.toLowerCase(Locale.ROOT), JSON.readTree(details));
        return event;
    }

    public static ObjectNode paper(String facultyId, String authorship, String occurredOn) {
        return activity(facultyId, "SCHOLARSHIP", "Clinical reasoning rubric study " + occurredOn, occurredOn, """
                {"type": "PEER_REVIEWED_ARTICLE", "authorship": "%s", "authors": ["Okafor A", "Lee J"],
                 "venue": "Academic Medicine", "venueLevel": "NATIONAL", "peerReviewed": true, "doi": null,
                 "pmid": null, "theme": "clinical  reasoning"}""".formatted(authorship));
    }

    public static ObjectNode nationalWorkshop(String facultyId, String occurredOn) {
        return activity(facultyId, "SCHOLARSHIP", "Teaching clinical reasoning, national workshop " + occurredOn,
                occurredOn, """
                {"type": "WORKSHOP", "authorship": "FIRST", "authors": ["Okafor A"], "venue": "AAIM Skills Workshop",
                 "venueLevel": "NATIONAL", "peerReviewed": true, "theme": "Clinical Reasoning"}""");
    }

    public static ObjectNode clerkshipDirector(String facultyId, String since) {
        return activity(facultyId, "LEADERSHIP", "Internal medicine clerkship director", since, """
                {"role": "CLERKSHIP_DIRECTOR", "scope": "Internal medicine clerkship", "level": "LOCAL",
                 "protectedFte": 0.2}""");
    }

    /** Publishes a portfolio event (validated against its contract first); returns the event id. */
    public static String publish(String type, String tenant, JsonNode payload) {
        return publish(UUID.randomUUID().toString(), type, tenant, payload);
    }

    public static String publish(String eventId, String type, String tenant, JsonNode payload) {
        String name = type.split("\\.")[3];
        EventContracts.assertConforms("portfolio", name, 1, payload.toString());
        boolean profile = PROFILE_UPDATED.equals(type);
        String topic = profile ? "portfolio.profiles" : "portfolio.activities";
        String key = payload.get(profile ? "userId" : "activityId").asString();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key,
                payload.toString().getBytes(StandardCharsets.UTF_8));
        Map.of("ce_id", eventId, "ce_type", type, "ce_source", "/pathway/portfolio", "ce_specversion", "1.0",
                "ce_subject", key, "ce_tenant", tenant, "ce_time", Instant.now().toString(),
                "content-type", "application/json")
                .forEach((header, value) -> record.headers().add(header, value.getBytes(StandardCharsets.UTF_8)));
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new AssertionError("publishing to the test broker failed", e);
        }
        return eventId;
    }

    /** Every ReadinessAssessed keyed {@code facultyId} on the topic right now, oldest first (reads to the end offsets). */
    public static List<ConsumerRecord<String, byte[]>> readiness(String facultyId) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "promotion-review-it-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("promotion.readiness", Duration.ofSeconds(10))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> matching = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("could not read promotion.readiness to its end");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (facultyId.equals(record.key()) && READINESS_ASSESSED.equals(header(record, "ce_type"))) {
                        matching.add(record);
                    }
                }
            }
            matching.sort(java.util.Comparator.comparing(ConsumerRecord::timestamp));
            return matching;
        }
    }

    /** Waits until a ReadinessAssessed keyed {@code facultyId} satisfies {@code condition}; returns the latest such. */
    public static ConsumerRecord<String, byte[]> awaitReadiness(String facultyId,
            Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            List<ConsumerRecord<String, byte[]>> records = readiness(facultyId);
            for (int i = records.size() - 1; i >= 0; i--) {
                if (condition.test(payload(records.get(i)))) {
                    return records.get(i);
                }
            }
            sleep();
        }
        throw new AssertionError("no matching ReadinessAssessed for " + facultyId + " within 30 s; saw "
                + readiness(facultyId).stream().map(r -> payload(r).toString()).toList());
    }

    public static JsonNode payload(ConsumerRecord<String, byte[]> record) {
        return JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TestInfrastructure.kafka().bootstrapServers()), new StringSerializer(), new ByteArraySerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(producer::close, "promotion-review-it-producer-close"));
        }
        return producer;
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
