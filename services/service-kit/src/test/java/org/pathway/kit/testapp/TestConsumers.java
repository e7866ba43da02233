package org.pathway.kit.testapp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.opentelemetry.api.trace.Span;
import org.pathway.kit.consumer.IdempotentConsumer;
import org.pathway.kit.events.EventEnvelope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

@Configuration
public class TestConsumers {

    public static final String GROUP = "kit-test";

    /** Revisions seen per widget, in arrival order (after the guard). */
    public static final Map<String, List<Integer>> REVISIONS = new ConcurrentHashMap<>();
    /** Attempts per event id of the poison consumer. */
    public static final Map<String, AtomicInteger> POISON_ATTEMPTS = new ConcurrentHashMap<>();
    public static final List<String> POISON_PROCESSED = new CopyOnWriteArrayList<>();
    /** The trace id current while each widget event was handled, per event id. */
    public static final Map<String, String> TRACE_OF_EVENT = new ConcurrentHashMap<>();

    public record PoisonCommand(String note, boolean fail) {
    }

    /**
     * Counts effects with {@code $inc}: deliberately NOT idempotent, so a duplicate the guard let through would show.
     */
    @Bean
    Consumer<Message<Widget.WidgetChanged>> widgetEvents(IdempotentConsumer guard, MongoTemplate mongo) {
        return message -> guard.process(message, () -> {
            EventEnvelope envelope = EventEnvelope.of(message);
            TRACE_OF_EVENT.put(envelope.id(), Span.current().getSpanContext().getTraceId());
            mongo.upsert(Query.query(Criteria.where("_id").is(envelope.subject())),
                    new Update().inc("effects", 1).set("tenant", envelope.tenant()), "widget_effects");
            REVISIONS.computeIfAbsent(envelope.subject(), id -> new CopyOnWriteArrayList<>())
                    .add(message.getPayload().revision());
        });
    }

    @Bean
    Consumer<Message<PoisonCommand>> poisonEvents() {
        return message -> {
            EventEnvelope envelope = EventEnvelope.of(message);
            POISON_ATTEMPTS.computeIfAbsent(envelope.id(), id -> new AtomicInteger()).incrementAndGet();
            if (message.getPayload().fail()) {
                throw new IllegalStateException("this handler always fails for " + envelope.id());
            }
            POISON_PROCESSED.add(envelope.id());
        };
    }

}
