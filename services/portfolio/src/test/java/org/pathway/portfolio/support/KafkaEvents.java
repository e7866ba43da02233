package org.pathway.portfolio.support;

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
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.pathway.infra.local.TestInfrastructure;

/**
 * Reads what the portfolio really put on the shared test broker, from the beginning of a topic; and publishes what
 * other services would put there.
 */
public final class KafkaEvents {

    private static KafkaProducer<String, byte[]> producer;

    private KafkaEvents() {
    }

    /** Every record keyed {@code key} with CloudEvents type {@code ceType}, once at least {@code count} arrived. */
    public static List<ConsumerRecord<String, byte[]>> await(String topic, String key, String ceType, int count) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "portfolio-it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> matching = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                    if (key.equals(record.key()) && ceType.equals(header(record, "ce_type"))) {
                        matching.add(record);
                    }
                }
                if (matching.size() >= count) {
                    return matching;
                }
            }
            throw new AssertionError("expected " + count + " " + ceType + " keyed " + key + " on " + topic
                    + " within 30 s, saw " + matching.size());
        }
    }

    /** Every record keyed {@code key} with CloudEvents type {@code ceType} that arrives within {@code window}. */
    public static List<ConsumerRecord<String, byte[]>> collect(String topic, String key, String ceType, Duration window) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "portfolio-it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> matching = new ArrayList<>();
            Instant deadline = Instant.now().plus(window);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                    if (key.equals(record.key()) && ceType.equals(header(record, "ce_type"))) {
                        matching.add(record);
                    }
                }
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

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TestInfrastructure.kafka().bootstrapServers()), new StringSerializer(), new ByteArraySerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(producer::close, "portfolio-it-producer-close"));
        }
        return producer;
    }

    public static ConsumerRecord<String, byte[]> awaitOne(String topic, String key, String ceType) {
        return await(topic, key, ceType, 1).get(0);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String payload(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
