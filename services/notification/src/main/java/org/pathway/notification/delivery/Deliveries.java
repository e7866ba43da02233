package org.pathway.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code deliveries} collection: every state change is one single-document conditional update. */
@Component
class Deliveries implements InitializingBean {

    private static final List<DeliveryStatus> SENDABLE = List.of(DeliveryStatus.PENDING, DeliveryStatus.RETRYING);

    private final MongoTemplate mongo;

    Deliveries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        var indexes = mongo.indexOps(Delivery.class);
        indexes.createIndex(new Index().on("eventId", Sort.Direction.ASC).on("recipient", Sort.Direction.ASC)
                .on("channel", Sort.Direction.ASC).unique().named("event_recipient_channel"));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC)
                .named("status_nextAttemptAt"));
        indexes.createIndex(new Index().on("tenant", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.DESC).named("tenant_status_createdAt"));
    }

    /** @return false when this (event, recipient, channel) was already recorded: a redelivery */
    boolean insertIfAbsent(Delivery delivery) {
        try {
            mongo.insert(delivery);
            return true;
        } catch (DuplicateKeyException redelivered) {
            return false;
        }
    }

    Optional<Delivery> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Delivery.class));
    }

    /** Takes a due delivery for {@code lease}; null when it is not due, already sent, or another instance holds it. */
    Delivery claim(String id, Instant now, Instant leaseEnd) {
        Query due = Query.query(Criteria.where("_id").is(id).and("status").in(SENDABLE).and("nextAttemptAt").lte(now)
                .and("claimedUntil").lt(now));
        return mongo.findAndModify(due, new Update().set("claimedUntil", leaseEnd), FindAndModifyOptions.options().returnNew(true),
                Delivery.class);
    }

    List<String> dueIds(Instant now, int limit) {
        Query due = Query.query(Criteria.where("status").in(SENDABLE).and("nextAttemptAt").lte(now).and("claimedUntil").lt(now))
                .with(Sort.by("nextAttemptAt")).limit(limit);
        due.fields().include("_id");
        return mongo.find(due, org.bson.Document.class, mongo.getCollectionName(Delivery.class)).stream()
                .map(document -> document.getString("_id")).toList();
    }

    void markSent(Delivery delivery, Instant now) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(delivery.id())), new Update().set("status", DeliveryStatus.SENT)
                .set("sentAt", now).set("attempts", delivery.attempts() + 1).set("claimedUntil", Instant.EPOCH)
                .unset("lastError"), Delivery.class);
    }

    void markFailed(Delivery delivery, DeliveryStatus status, Instant nextAttemptAt, String error) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(delivery.id())), new Update().set("status", status)
                .set("attempts", delivery.attempts() + 1).set("nextAttemptAt", nextAttemptAt)
                .set("claimedUntil", Instant.EPOCH).set("lastError", error), Delivery.class);
    }

    /** A parked delivery of this institution becomes due again with a fresh set of attempts. */
    boolean requeue(String tenant, String id, Instant now) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("tenant").is(tenant).and("confidential").ne(true)
                .and("status").is(DeliveryStatus.PARKED)), new Update().set("status", DeliveryStatus.RETRYING).set("attempts", 0)
                .set("nextAttemptAt", now), Delivery.class).getModifiedCount() == 1;
    }

    /** What the institution's admins may see: never a confidential delivery, not even that it exists. */
    List<Delivery> ofTenant(String tenant, DeliveryStatus status, int limit) {
        Criteria criteria = Criteria.where("tenant").is(tenant).and("confidential").ne(true);
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit), Delivery.class);
    }

    List<Delivery> awaitingDigest(Instant createdBefore, int limit) {
        return mongo.find(Query.query(Criteria.where("status").is(DeliveryStatus.DIGEST_PENDING).and("createdAt").lt(createdBefore))
                .with(Sort.by("createdAt")).limit(limit), Delivery.class);
    }

    void markDigested(List<String> ids, String digestId) {
        mongo.updateMulti(Query.query(Criteria.where("_id").in(ids).and("status").is(DeliveryStatus.DIGEST_PENDING)),
                new Update().set("status", DeliveryStatus.DIGESTED).set("digestId", digestId), Delivery.class);
    }
}
