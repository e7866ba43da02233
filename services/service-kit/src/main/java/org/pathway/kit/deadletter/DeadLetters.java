package org.pathway.kit.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.bson.types.Binary;
import org.pathway.kit.config.KitProperties;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.ErrorResponseException;
import org.springframework.http.ProblemDetail;

/**
 * The recorded dead letters of this service, read and replayed for admins. Every query of an institution's admin is
 * filtered by its tenant; the platform's view is the same list across tenants, without payloads or failure messages
 * (a parse error quotes the payload), since a platform operator belongs to no institution whose data they are.
 */
class DeadLetters {

    private final MongoTemplate mongo;
    private final KitProperties.DeadLetters properties;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Duration publishTimeout;
    private final Clock clock;

    DeadLetters(MongoTemplate mongo, KitProperties.DeadLetters properties, KafkaTemplate<String, byte[]> kafka,
            Duration publishTimeout, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.kafka = kafka;
        this.publishTimeout = publishTimeout;
        this.clock = clock;
    }

    /**
     * Who looks: an institution's admin ({@code tenant} set, sees content) or the platform ({@code tenant} an optional
     * filter, sees no content).
     */
    record Scope(String tenant, boolean platform) {

        static Scope institution(String tenant) {
            if (tenant == null) {
                throw new IllegalArgumentException("an institution's scope needs its tenant");
            }
            return new Scope(tenant, false);
        }

        static Scope platform(String tenantFilter) {
            return new Scope(tenantFilter == null || tenantFilter.isBlank() ? null : tenantFilter, true);
        }

        Criteria criteria() {
            return tenant == null ? new Criteria() : Criteria.where("tenant").is(tenant);
        }
    }

    /** A page of the scope's dead letters, newest first, optionally of one original topic. */
    DeadLetterPage page(Scope scope, String topic, int page, int size) {
        Criteria criteria = scope.criteria();
        if (topic != null && !topic.isBlank()) {
            criteria = criteria.and("topic").is(topic);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, properties.collection());
        query.with(Sort.by(Sort.Direction.DESC, "deadLetteredAt")).skip((long) page * size).limit(size);
        List<DeadLetterView> items = mongo.find(query, Document.class, properties.collection()).stream()
                .map(document -> view(document, !scope.platform())).toList();
        return new DeadLetterPage(items, page, size, total);
    }

    /** One dead letter of the scope, or 404: another institution's is not found. */
    DeadLetterView one(Scope scope, String id) {
        return view(find(scope, id), !scope.platform());
    }

    /**
     * Publishes the dead letter again to its original topic, key and CloudEvents headers, for a consumer that has been
     * fixed since. The consumer's idempotency guard still applies: an event it did apply is not applied twice.
     */
    ReplayView replay(Scope scope, String id) {
        Document deadLetter = find(scope, id);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(deadLetter.getString("topic"),
                deadLetter.getString("key"), payload(deadLetter));
        Document headers = deadLetter.get("headers", Document.class);
        if (headers != null) {
            headers.forEach((name, value) -> record.headers().add(name, String.valueOf(value).getBytes(StandardCharsets.UTF_8)));
        }
        RecordMetadata sent;
        try {
            sent = kafka.send(record).get(publishTimeout.toMillis(), TimeUnit.MILLISECONDS).getRecordMetadata();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        } catch (ExecutionException | TimeoutException e) {
            throw unavailable();
        }
        Instant now = clock.instant();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().inc("replays", 1).set("lastReplayedAt", Date.from(now)), properties.collection());
        return new ReplayView(id, sent.topic(), sent.partition(), sent.offset(), now);
    }

    private Document find(Scope scope, String id) {
        Criteria criteria = Criteria.where("_id").is(id);
        if (scope.tenant() != null) {
            criteria = criteria.and("tenant").is(scope.tenant());
        }
        Document document = mongo.findOne(Query.query(criteria), Document.class, properties.collection());
        if (document == null) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND,
                    ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such dead letter"), null);
        }
        return document;
    }

    private static ErrorResponseException unavailable() {
        return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "The broker did not take the message; try again later"), null);
    }

    private static byte[] payload(Document deadLetter) {
        Object payload = deadLetter.get("payload");
        return payload instanceof Binary binary ? binary.getData() : new byte[0];
    }

    private DeadLetterView view(Document document, boolean withContent) {
        Date replayed = document.getDate("lastReplayedAt");
        Number replays = document.get("replays", Number.class);
        String excerpt = null;
        if (withContent) {
            excerpt = DeadLetterRecorder.abbreviate(new String(payload(document), StandardCharsets.UTF_8),
                    properties.excerptLength());
        }
        return new DeadLetterView(document.getString("_id"), document.getString("topic"),
                document.get("partition", Number.class).intValue(), document.get("offset", Number.class).longValue(),
                document.getString("key"), document.getString("group"), document.getString("deadLetterTopic"),
                document.getString("eventId"), document.getString("eventType"), document.getString("subject"),
                document.getString("tenant"), document.getString("exceptionClass"),
                withContent ? document.getString("exceptionMessage") : null,
                withContent ? document.getString("rootCause") : null,
                document.getDate("deadLetteredAt").toInstant(), replays == null ? 0 : replays.intValue(),
                replayed == null ? null : replayed.toInstant(), excerpt);
    }

    /**
     * @param exceptionMessage, rootCause and payloadExcerpt are shown only to the admins of the message's institution
     */
    record DeadLetterView(String id, String topic, int partition, long offset, String key, String group,
            String deadLetterTopic, String eventId, String eventType, String subject, String tenant,
            String exceptionClass, String exceptionMessage, String rootCause, Instant deadLetteredAt, int replays,
            Instant lastReplayedAt, String payloadExcerpt) {
    }

    record DeadLetterPage(List<DeadLetterView> items, int page, int size, long total) {
    }

    record ReplayView(String id, String topic, int partition, long offset, Instant replayedAt) {
    }
}
