package org.pathway.kit.consumer;

import java.time.Clock;
import java.util.Date;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.pathway.kit.config.KitProperties;
import org.pathway.kit.events.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * Runs a consumer's effect at most once per event id and consumer group, as far as a marker can tell: it remembers
 * processed event ids in {@code processed_events} (unique on group + event id, expired by a TTL index).
 *
 * <p>Order is check, effect, mark. The crash window is after the effect and before the mark: the message is then
 * redelivered and the effect runs again. Nothing is ever skipped, but an effect may repeat, so effects must be
 * idempotent on their own (upserts keyed by the event's aggregate id, {@code $set} rather than {@code $inc}). The
 * guard turns the common duplicates (outbox re-publishes, rebalances) into no-ops; it is not a transaction.
 */
public class IdempotentConsumer {

    private static final Logger log = LoggerFactory.getLogger(IdempotentConsumer.class);

    private final MongoTemplate mongo;
    private final KitProperties.Consumer properties;
    private final Clock clock;
    private volatile boolean indexed;

    public IdempotentConsumer(MongoTemplate mongo, KitProperties.Consumer properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Runs {@code effect} unless this group already processed the message's event ({@code ce_id}).
     *
     * @param group the consumer group (the binding's {@code group})
     * @return {@code true} if the effect ran, {@code false} for a duplicate
     */
    public boolean process(String group, Message<?> message, Runnable effect) {
        EventEnvelope envelope = EventEnvelope.of(message);
        ensureIndexes();
        Query marker = Query.query(Criteria.where("group").is(group).and("eventId").is(envelope.id()));
        if (mongo.exists(marker, properties.processedCollection())) {
            log.debug("Skipping duplicate event {} ({}) for group {}", envelope.id(), envelope.type(), group);
            return false;
        }
        effect.run();
        try {
            mongo.insert(new Document("group", group).append("eventId", envelope.id()).append("type", envelope.type())
                    .append("processedAt", Date.from(clock.instant())), properties.processedCollection());
        } catch (DuplicateKeyException e) {
            // Another delivery of the same event finished first; its effect and ours are the same idempotent write.
            log.debug("Event {} was marked concurrently for group {}", envelope.id(), group);
        }
        return true;
    }

    /** As {@link #process(String, Message, Runnable)}, with the group read from the Kafka binder's group header. */
    public boolean process(Message<?> message, Runnable effect) {
        Object group = message.getHeaders().get(KafkaHeaders.GROUP_ID);
        if (group == null) {
            throw new IllegalArgumentException("No " + KafkaHeaders.GROUP_ID + " header; pass the group explicitly");
        }
        return process(group.toString(), message, effect);
    }

    private void ensureIndexes() {
        if (indexed) {
            return;
        }
        synchronized (this) {
            if (!indexed) {
                var indexOps = mongo.indexOps(properties.processedCollection());
                indexOps.createIndex(new Index().on("group", Sort.Direction.ASC).on("eventId", Sort.Direction.ASC)
                        .unique().named("group_eventId"));
                indexOps.createIndex(new Index().on("processedAt", Sort.Direction.ASC)
                        .expire(properties.processedRetention().toSeconds(), TimeUnit.SECONDS).named("processedAt_ttl"));
                indexed = true;
            }
        }
    }
}
