package org.pathway.kit.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * The CloudEvents attributes of an incoming message. Kafka delivers header values as bytes; other paths (tests,
 * in-memory binders, Spring Cloud Function's own CloudEvents support) may hand them over as strings or with the
 * {@code ce-}/{@code ce.} prefixes, so every spelling is accepted.
 */
public record EventEnvelope(String id, String type, String source, String subject, String tenant, Instant time,
        String specVersion) {

    /** @throws IllegalArgumentException when the message carries no {@code ce_id} or {@code ce_type} */
    public static EventEnvelope of(Message<?> message) {
        MessageHeaders headers = message.getHeaders();
        String id = attribute(headers, "id");
        String type = attribute(headers, "type");
        if (id == null || type == null) {
            throw new IllegalArgumentException("Not a CloudEvent: missing ce_id or ce_type header");
        }
        return new EventEnvelope(id, type, attribute(headers, "source"), attribute(headers, "subject"),
                attribute(headers, "tenant"), parseTime(attribute(headers, "time")), attribute(headers, "specversion"));
    }

    private static String attribute(MessageHeaders headers, String name) {
        for (String prefix : new String[] {"ce_", "ce-", "ce."}) {
            Object value = headers.get(prefix + name);
            if (value instanceof byte[] bytes) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            if (value != null) {
                return value.toString();
            }
        }
        return null;
    }

    private static Instant parseTime(String time) {
        if (time == null) {
            return null;
        }
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
