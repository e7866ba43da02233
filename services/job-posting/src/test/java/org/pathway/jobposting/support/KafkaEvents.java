package org.pathway.jobposting.support;

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
import org.pathway.infra.local.TestInfrastructure;

/** Reads what really went over the shared test broker, and puts raw CloudEvents on it (redeliveries, upstream events). */
public final class KafkaEvents {

    private KafkaEvents() {
    }

    /** Every record keyed {@code key} with CloudEvents type {@code ceType}, once at least {@code count} arrived. */
    public static List<ConsumerRecord<String, byte[]>> await(String topic, String key, String ceType, int count) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
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

    public static ConsumerRecord<String, byte[]> awaitOne(String topic, String key, String ceType) {
        return await(topic, key, ceType, 1).get(0);
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
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("could not read " + topic + " to its end within 30 s");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                    if (key.equals(record.key())) {
                        matching.add(record);
                    }
                }
            }
            return matching;
        }
    }

    /** Sends a raw CloudEvent in binary mode, as a producer (or a redelivering relay) would. */
    public static void send(String topic, String key, String ceId, String ceType, String tenant, String json) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.getBytes(StandardCharsets.UTF_8));
        Map.of("ce_id", ceId, "ce_type", ceType, "ce_source", "/pathway/test", "ce_specversion", "1.0",
                "ce_subject", key, "ce_tenant", tenant, "ce_time", "2026-02-02T09:30:00.000Z",
                "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new AssertionError("publishing to the test broker failed", e);
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String payload(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "job-posting-it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
