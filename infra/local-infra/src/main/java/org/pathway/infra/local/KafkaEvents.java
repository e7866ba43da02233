package org.pathway.infra.local;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

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

/**
 * Reads what a service really put on the shared test broker, from the beginning of a topic, and puts raw CloudEvents
 * (binary mode, {@code ce_*} headers) on it as another service's relay, or a redelivering one, would.
 */
public final class KafkaEvents {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static KafkaProducer<String, byte[]> producer;

    private KafkaEvents() {
    }

    /** Every record keyed {@code key} with CloudEvents type {@code ceType}, once at least {@code count} arrived. */
    public static List<ConsumerRecord<String, byte[]>> await(String topic, String key, String ceType, int count) {
        List<ConsumerRecord<String, byte[]>> matching = read(topic, key, ceType, Instant.now().plus(PATIENCE), count);
        if (matching.size() < count) {
            throw new AssertionError("expected " + count + " " + ceType + " keyed " + key + " on " + topic
                    + " within 30 s, saw " + matching.size());
        }
        return matching;
    }

    public static ConsumerRecord<String, byte[]> awaitOne(String topic, String key, String ceType) {
        return await(topic, key, ceType, 1).get(0);
    }

    /** Every record keyed {@code key} with CloudEvents type {@code ceType} that arrives within {@code window}. */
    public static List<ConsumerRecord<String, byte[]>> collect(String topic, String key, String ceType, Duration window) {
        return read(topic, key, ceType, Instant.now().plus(window), Integer.MAX_VALUE);
    }

    /** Every record of {@code topic} keyed {@code key}, from the beginning up to the topic's current end. */
    public static List<ConsumerRecord<String, byte[]>> all(String topic, String key) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> matching = new ArrayList<>();
            Instant deadline = Instant.now().plus(PATIENCE);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("could not read " + topic + " to its end within 30 s");
                }
                pollInto(consumer, key, null, matching);
            }
            return matching;
        }
    }

    /** Publishes a CloudEvent as another service's outbox relay would (binary mode, ce_* headers); returns its id. */
    public static String publish(String topic, String key, String eventId, String ceType, String source, String tenant,
            String json) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.getBytes(StandardCharsets.UTF_8));
        Map.of("ce_id", eventId, "ce_type", ceType, "ce_source", source, "ce_specversion", "1.0", "ce_subject", key,
                "ce_tenant", tenant, "ce_time", Instant.now().toString(), "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new AssertionError("publishing to the test broker failed", e);
        }
        return eventId;
    }

    /** {@link #publish} from a test source, for when who sent it does not matter (redeliveries, upstream events). */
    public static String send(String topic, String key, String eventId, String ceType, String tenant, String json) {
        return publish(topic, key, eventId, ceType, "/pathway/test", tenant, json);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String payload(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    /** Reads {@code topic} from the beginning until {@code enough} records matched or {@code deadline} passed. */
    private static List<ConsumerRecord<String, byte[]>> read(String topic, String key, String ceType, Instant deadline,
            int enough) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> matching = new ArrayList<>();
            while (matching.size() < enough && Instant.now().isBefore(deadline)) {
                pollInto(consumer, key, ceType, matching);
            }
            return matching;
        }
    }

    /** Adds what one poll brings that is keyed {@code key} and, when {@code ceType} is not null, of that type. */
    private static void pollInto(KafkaConsumer<String, byte[]> consumer, String key, String ceType,
            List<ConsumerRecord<String, byte[]>> matching) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
            if (key.equals(record.key()) && (ceType == null || ceType.equals(header(record, "ce_type")))) {
                matching.add(record);
            }
        }
    }

    /** A consumer in a group of its own, so every call reads the topic from the beginning and commits nothing shared. */
    private static KafkaConsumer<String, byte[]> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "it-events-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** One producer per test JVM, closed when it exits: the broker is shared for the JVM's lifetime too. */
    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TestInfrastructure.kafka().bootstrapServers()), new StringSerializer(), new ByteArraySerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(producer::close, "it-events-producer-close"));
        }
        return producer;
    }
}
