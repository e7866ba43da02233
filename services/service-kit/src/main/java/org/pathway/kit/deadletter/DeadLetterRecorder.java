package org.pathway.kit.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.bson.types.Binary;
import org.pathway.kit.config.KitProperties;
import org.pathway.kit.events.CloudEventHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.converter.MessageConversionException;

/**
 * Records every message this service dead-letters, at the moment the binder picks its dead-letter topic: on the
 * consumer's own thread, so the record knows the consumer group and the failure itself, not only what the binder chose
 * to copy into headers. Recording there rather than by consuming {@code <topic>.dlt} matters because a topic's
 * dead-letter topic is shared by every group that consumes it ({@code portfolio.profiles.dlt} takes the dead letters of
 * three services), and its records do not say which group failed them.
 *
 * <p>The id is derived from group, topic, partition and offset, so a message dead-lettered twice (the dead-letter
 * send failed and the record came back) is one entry. A failure to record never stops the dead-lettering: the message
 * still reaches {@code <topic>.dlt}, and the log says what could not be recorded.
 */
public class DeadLetterRecorder {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRecorder.class);

    private final MongoTemplate mongo;
    private final KitProperties.DeadLetters properties;
    private final String service;
    private final Clock clock;
    private volatile boolean indexed;

    public DeadLetterRecorder(MongoTemplate mongo, KitProperties.DeadLetters properties, String service, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.service = service;
        this.clock = clock;
    }

    /** Records {@code record}, failed with {@code failure}, as dead-lettered to {@code deadLetterTopic}. Never throws. */
    public void record(ConsumerRecord<?, ?> record, Throwable failure, String deadLetterTopic) {
        try {
            ensureIndexes();
            String group = KafkaUtils.getConsumerGroupId();
            String id = idOf(group, record.topic(), record.partition(), record.offset());
            Map<String, String> headers = headers(record);
            Throwable cause = meaningful(failure);
            Throwable root = root(failure);
            Update update = new Update()
                    .setOnInsert("service", service)
                    .setOnInsert("group", group)
                    .setOnInsert("topic", record.topic())
                    .setOnInsert("partition", record.partition())
                    .setOnInsert("offset", record.offset())
                    .setOnInsert("key", record.key() == null ? null : new String(bytes(record.key()), StandardCharsets.UTF_8))
                    .setOnInsert("deadLetterTopic", deadLetterTopic)
                    .setOnInsert("eventId", headers.get(CloudEventHeaders.ID))
                    .setOnInsert("eventType", headers.get(CloudEventHeaders.TYPE))
                    .setOnInsert("subject", headers.get(CloudEventHeaders.SUBJECT))
                    .setOnInsert("tenant", headers.get(CloudEventHeaders.TENANT))
                    .setOnInsert("exceptionClass", cause.getClass().getName())
                    .setOnInsert("exceptionMessage", abbreviate(cause.getMessage(), 2000))
                    .setOnInsert("rootCause", root == cause ? null
                            : root.getClass().getName() + ": " + abbreviate(root.getMessage(), 1000))
                    .setOnInsert("deadLetteredAt", Date.from(clock.instant()))
                    .setOnInsert("headers", new Document(new LinkedHashMap<>(headers)))
                    .setOnInsert("payload", new Binary(bytes(record.value())))
                    .setOnInsert("replays", 0);
            mongo.upsert(Query.query(Criteria.where("_id").is(id)), update, properties.collection());
        } catch (RuntimeException e) {
            log.error("Dead letter {}-{}@{} could not be recorded (it is still sent to {}): {}", record.topic(),
                    record.partition(), record.offset(), deadLetterTopic, e.toString());
        }
    }

    static String idOf(String group, String topic, int partition, long offset) {
        return UUID.nameUUIDFromBytes((group + "|" + topic + "|" + partition + "|" + offset)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Every header but the transport's own bookkeeping (the binder's x-*, Spring's kafka_* and spring_*). */
    private static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            String name = header.key();
            if (!name.startsWith("x-") && !name.startsWith("kafka_") && !name.startsWith("spring_")
                    && header.value() != null && !name.contains(".") && !name.startsWith("$")) {
                headers.put(name, new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }

    /**
     * The failure as a person would name it: the binder and the listener container wrap the handler's exception in
     * their own ({@code Exception}, {@code MessagingException}, {@code ListenerExecutionFailedException}, the retry's
     * {@code RetryException} around the last attempt's failure); those
     * wrappers are peeled off. A conversion failure is itself the meaningful one (the payload could not be read).
     */
    static Throwable meaningful(Throwable failure) {
        Throwable current = failure;
        while (current.getCause() != null && current.getCause() != current && isWrapper(current)) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean isWrapper(Throwable throwable) {
        if (throwable instanceof MessageConversionException) {
            return false;
        }
        return throwable.getClass() == Exception.class || throwable.getClass() == RuntimeException.class
                || throwable instanceof ListenerExecutionFailedException || throwable instanceof MessagingException
                || throwable instanceof RetryException;
    }

    private static Throwable root(Throwable failure) {
        Throwable current = failure;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    private static byte[] bytes(Object value) {
        if (value == null) {
            return new byte[0];
        }
        if (value instanceof byte[] raw) {
            return raw;
        }
        return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    }

    static String abbreviate(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        return text.substring(0, length) + "…";
    }

    private void ensureIndexes() {
        if (indexed) {
            return;
        }
        synchronized (this) {
            if (!indexed) {
                var indexOps = mongo.indexOps(properties.collection());
                indexOps.createIndex(new Index().on("tenant", Sort.Direction.ASC).on("deadLetteredAt", Sort.Direction.DESC)
                        .named("tenant_deadLetteredAt"));
                indexOps.createIndex(new Index().on("deadLetteredAt", Sort.Direction.DESC).named("deadLetteredAt"));
                indexed = true;
            }
        }
    }
}
