package org.pathway.kit.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An integration event waiting in an aggregate's outbox. Stored inside the aggregate document (the event id as the
 * sub-document's {@code _id}) and published as a CloudEvent: {@code type}, {@code subject} (the aggregate id, also
 * the Kafka key), {@code tenant}, {@code time}, JSON {@code payload}. {@code traceParent} is the W3C trace context of
 * the request that caused the event (null outside a trace): the relay may publish much later, from another thread,
 * and the consumer's span must still join the trace of the write.
 */
public record OutboxEvent(
        @Id String id,
        String type,
        String topic,
        String subject,
        String tenant,
        Instant time,
        Map<String, Object> payload,
        String traceParent) {

    private static final JsonMapper PAYLOAD_MAPPER = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @PersistenceCreator
    public OutboxEvent {
        requireText(id, "id");
        requireText(type, "type");
        requireText(topic, "topic");
        requireText(subject, "subject");
        requireText(tenant, "tenant");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(payload, "payload");
    }

    /** An event outside any trace. */
    public OutboxEvent(String id, String type, String topic, String subject, String tenant, Instant time,
            Map<String, Object> payload) {
        this(id, type, topic, subject, tenant, time, payload, null);
    }

    /**
     * A new event with a random id, stamped now (millisecond precision, as MongoDB stores it), in the current trace.
     *
     * @param payload a record or map; converted to JSON-shaped maps now so the outbox never stores a Java type
     */
    public static OutboxEvent of(String topic, String type, String subject, String tenant, Object payload) {
        return new OutboxEvent(UUID.randomUUID().toString(), type, topic, subject, tenant,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), toMap(payload), TraceParent.current());
    }

    static Map<String, Object> toMap(Object payload) {
        Objects.requireNonNull(payload, "payload");
        return PAYLOAD_MAPPER.convertValue(payload, MAP);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("OutboxEvent." + name + " must not be blank");
        }
    }
}
