package org.pathway.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pathway.kit.events.OutboxEvent;

class OutboxEventTests {

    record ActivityRecorded(String activityId, Instant occurredAt, int hours) {
    }

    @Test
    void shouldTurnRecordPayloadIntoJsonShapedMap() {
        OutboxEvent event = OutboxEvent.of("portfolio.activities", "ActivityRecorded", "a-1", "mayo",
                new ActivityRecorded("a-1", Instant.parse("2026-01-02T03:04:05Z"), 3));

        assertThat(event.payload()).isEqualTo(Map.of("activityId", "a-1", "occurredAt", "2026-01-02T03:04:05Z", "hours", 3));
        assertThat(event.id()).isNotBlank();
        assertThat(event.time()).isNotNull();
    }

    @Test
    void shouldRefuseEventWithoutTenant() {
        assertThatThrownBy(() -> OutboxEvent.of("t", "T", "s", " ", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tenant");
    }
}
