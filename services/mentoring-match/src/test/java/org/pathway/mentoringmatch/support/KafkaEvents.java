package org.pathway.mentoringmatch.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.pathway.infra.local.TestInfrastructure;

/** Reads what the service really put on the shared test broker, from the beginning of a topic. */
public final class KafkaEvents {

    private KafkaEvents() {
    }

    /** Every record keyed {@code key} with CloudEvents type {@code ceType}, once at least {@code count} arrived. */
    public static List<ConsumerRecord<String, byte[]>> await(String topic, String key, String ceType, int count) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "mentoring-match-it-" + UUID.randomUUID());
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
