package org.pathway.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.pathway.kit.events.EventEnvelope;
import org.springframework.messaging.support.MessageBuilder;

class EventEnvelopeTests {

    @Test
    void shouldReadCloudEventAttributesFromKafkaByteHeaders() {
        var message = MessageBuilder.withPayload("{}")
                .setHeader("ce_id", bytes("e-1")).setHeader("ce_type", bytes("ActivityRecorded"))
                .setHeader("ce_source", bytes("/pathway/portfolio")).setHeader("ce_subject", bytes("a-1"))
                .setHeader("ce_tenant", bytes("mayo")).setHeader("ce_time", bytes("2026-01-02T03:04:05.678Z"))
                .setHeader("ce_specversion", bytes("1.0")).build();

        EventEnvelope envelope = EventEnvelope.of(message);

        assertThat(envelope).isEqualTo(new EventEnvelope("e-1", "ActivityRecorded", "/pathway/portfolio", "a-1", "mayo",
                Instant.parse("2026-01-02T03:04:05.678Z"), "1.0"));
    }

    @Test
    void shouldAcceptStringHeadersWithOtherPrefixes() {
        var message = MessageBuilder.withPayload("{}").setHeader("ce-id", "e-2").setHeader("ce-type", "T").build();

        assertThat(EventEnvelope.of(message).id()).isEqualTo("e-2");
    }

    @Test
    void shouldRefuseMessageWithoutEventId() {
        assertThatThrownBy(() -> EventEnvelope.of(MessageBuilder.withPayload("{}").setHeader("ce_type", "T").build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
