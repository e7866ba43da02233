package org.pathway.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pathway.kit.testapp.TestConsumers;

class DeadLetterIT extends KitIntegrationTest {

    private static final String TOPIC = "kit-test.poison";

    @Test
    void shouldDeadLetterPoisonMessagesAfterBoundedRetriesWhileLaterMessagesFlow() {
        String key = newId();
        String malformed = newId();
        String failing = newId();
        String healthy = newId();
        sendRaw(TOPIC, key, "{\"note\": \"broken", ceHeaders(malformed, "PoisonCommand", key));
        sendRaw(TOPIC, key, "{\"note\":\"fails\",\"fail\":true}", ceHeaders(failing, "PoisonCommand", key));
        sendRaw(TOPIC, key, "{\"note\":\"fine\",\"fail\":false}", ceHeaders(healthy, "PoisonCommand", key));

        await().atMost(Duration.ofSeconds(60)).until(() -> TestConsumers.POISON_PROCESSED.contains(healthy));
        List<ConsumerRecord<String, byte[]>> dead = readTopic(TOPIC + ".dlt", Duration.ofSeconds(30),
                read -> read.stream().map(r -> kafkaHeader(r, "ce_id")).filter(id -> id.equals(malformed) || id.equals(failing))
                        .count() >= 2);
        assertThat(dead.stream().map(r -> kafkaHeader(r, "ce_id"))).contains(malformed, failing).doesNotContain(healthy);
        assertThat(dead.stream().filter(r -> failing.equals(kafkaHeader(r, "ce_id"))).findFirst().orElseThrow().key())
                .isEqualTo(key);
        assertThat(TestConsumers.POISON_ATTEMPTS.get(failing).get()).isEqualTo(3);
        // The malformed payload never reached the handler: conversion failed before it.
        assertThat(TestConsumers.POISON_ATTEMPTS).doesNotContainKey(malformed);
    }
}
