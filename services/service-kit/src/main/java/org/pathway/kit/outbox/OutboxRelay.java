package org.pathway.kit.outbox;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.bson.Document;
import org.pathway.kit.config.KitProperties;
import org.pathway.kit.events.OutboxEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes outboxed events in order and removes each one ({@code $pull} by event id) only after Kafka acknowledged
 * it. A crash between the ack and the pull leaves the event in the outbox, so it is published again: delivery is
 * at-least-once and consumers drop duplicates by event id ({@code IdempotentConsumer}).
 *
 * <p>Two entry points: {@link #publishPending} right after a save (see {@link OutboxSaveListener}), and
 * {@link #sweep()} on a schedule for every collection holding outboxed aggregates. A sweep claims one document at a
 * time with a lease ({@code outboxLease}, written by an atomic find-and-modify), so replicas share the work instead
 * of all publishing the same backlog; a replica that dies mid-sweep loses its lease when it expires.
 */
public class OutboxRelay {

    static final String LEASE_FIELD = "outboxLease";
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final EventPublisher publisher;
    private final KitProperties.Outbox properties;
    private final Clock clock;
    private final String relayId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, KitProperties.Outbox properties, Clock clock) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Publishes the events in order, pulling each from the document once acknowledged; stops at the first failure so
     * a later event never overtakes an earlier one.
     *
     * @param onPublished told the id of each event that is published and pulled
     * @return how many events were published
     */
    public int publishPending(String collection, Object documentId, List<OutboxEvent> events, Consumer<String> onPublished) {
        int published = 0;
        for (OutboxEvent event : events) {
            try {
                publisher.publish(event);
            } catch (RuntimeException e) {
                log.warn("Outbox of {}/{} stays pending for the sweep: {}", collection, documentId, e.getMessage());
                return published;
            }
            markPublished(collection, documentId, event.id());
            onPublished.accept(event.id());
            published++;
        }
        return published;
    }

    /** Removes one published event from a document's outbox. Package-visible so tests can simulate a crash before it. */
    void markPublished(String collection, Object documentId, String eventId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(documentId)),
                new Update().pull(OutboxAggregate.OUTBOX_FIELD, new Document("_id", eventId)), collection);
    }

    /** One pass over every outbox collection; returns the number of events published. */
    public int sweep() {
        int published = 0;
        for (String collection : collections()) {
            for (int i = 0; i < properties.sweepBatchSize(); i++) {
                Document claimed = claim(collection);
                if (claimed == null) {
                    break;
                }
                Object id = claimed.get("_id");
                try {
                    published += publishPending(collection, id, events(claimed), eventId -> {
                    });
                } finally {
                    release(collection, id);
                }
            }
        }
        return published;
    }

    private Document claim(String collection) {
        Instant now = clock.instant();
        Criteria hasPending = Criteria.where(OutboxAggregate.OUTBOX_FIELD + ".0").exists(true);
        Criteria settled = Criteria.where(OutboxAggregate.OUTBOX_FIELD + ".0.time")
                .lt(Date.from(now.minus(properties.sweepGrace())));
        Criteria unleased = new Criteria().orOperator(Criteria.where(LEASE_FIELD).exists(false),
                Criteria.where(LEASE_FIELD + ".until").lt(Date.from(now)));
        Query query = Query.query(new Criteria().andOperator(hasPending, settled, unleased));
        Update lease = new Update().set(LEASE_FIELD,
                new Document("owner", relayId).append("until", Date.from(now.plus(properties.lease()))));
        return mongo.findAndModify(query, lease, FindAndModifyOptions.options().returnNew(true), Document.class,
                collection);
    }

    private void release(String collection, Object documentId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(documentId).and(LEASE_FIELD + ".owner").is(relayId)),
                new Update().unset(LEASE_FIELD), collection);
    }

    private List<OutboxEvent> events(Document document) {
        List<OutboxEvent> events = new ArrayList<>();
        for (Document stored : document.getList(OutboxAggregate.OUTBOX_FIELD, Document.class, List.of())) {
            events.add(mongo.getConverter().read(OutboxEvent.class, stored));
        }
        return events;
    }

    /** Aggregates of one collection with events still waiting to be published: the outbox backlog. */
    public long backlog(String collection) {
        return mongo.count(Query.query(Criteria.where(OutboxAggregate.OUTBOX_FIELD + ".0").exists(true)), collection);
    }

    /** Collections of mapped {@link OutboxAggregate} types, plus any listed in {@code pathway.kit.outbox.collections}. */
    Set<String> collections() {
        Set<String> collections = new LinkedHashSet<>();
        for (MongoPersistentEntity<?> entity : mongo.getConverter().getMappingContext().getPersistentEntities()) {
            if (OutboxAggregate.class.isAssignableFrom(entity.getType())
                    && !java.lang.reflect.Modifier.isAbstract(entity.getType().getModifiers())) {
                collections.add(entity.getCollection());
            }
        }
        collections.addAll(properties.collections());
        return collections;
    }
}
