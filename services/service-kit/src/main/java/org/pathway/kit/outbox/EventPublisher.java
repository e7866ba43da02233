package org.pathway.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.pathway.kit.events.CloudEventHeaders;
import org.pathway.kit.events.OutboxEvent;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one event to Kafka as a CloudEvent in binary mode and waits for the broker's acknowledgement. The payload
 * is serialized here to bytes, so no serializer ever adds a Java type header.
 */
public class EventPublisher {

    private final KafkaTemplate<String, byte[]> kafka;
    private final JsonMapper jsonMapper;
    private final String source;
    private final Duration timeout;

    public EventPublisher(KafkaTemplate<String, byte[]> kafka, JsonMapper jsonMapper, String source, Duration timeout) {
        this.kafka = kafka;
        this.jsonMapper = jsonMapper;
        this.source = source;
        this.timeout = timeout;
    }

    /** Returns once the broker has acknowledged the event ({@code acks=all}); throws otherwise. */
    public void publish(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.ID, event.id());
        header(headers, CloudEventHeaders.TYPE, event.type());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TIME, event.time().toString());
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.SUBJECT, event.subject());
        header(headers, CloudEventHeaders.TENANT, event.tenant());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (event.traceParent() != null) {
            header(headers, CloudEventHeaders.TRACE_PARENT, event.traceParent());
        }
        byte[] payload = jsonMapper.writeValueAsBytes(event.payload());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), null, event.subject(), payload, headers);
        try {
            kafka.send(record).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventPublishException(event, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new EventPublishException(event, e);
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Kafka did not acknowledge the event in time; it stays in the outbox for the next attempt. */
    public static class EventPublishException extends RuntimeException {
        EventPublishException(OutboxEvent event, Throwable cause) {
            super("Event " + event.id() + " (" + event.type() + ") to " + event.topic() + " not acknowledged", cause);
        }
    }
}
