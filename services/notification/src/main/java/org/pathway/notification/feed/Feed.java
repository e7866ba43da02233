package org.pathway.notification.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code feed} collection; every query is by institution and person. */
@Component
class Feed implements InitializingBean {

    private final MongoTemplate mongo;

    Feed(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(FeedItem.class).createIndex(new Index().on("tenant", Sort.Direction.ASC).on("userId", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.DESC).named("tenant_user_createdAt"));
    }

    boolean add(FeedItem item) {
        try {
            mongo.insert(item);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    List<FeedItem> of(String tenant, String userId, boolean unreadOnly, int limit) {
        Criteria mine = mine(tenant, userId);
        if (unreadOnly) {
            mine = mine.and("readAt").is(null);
        }
        return mongo.find(Query.query(mine).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit), FeedItem.class);
    }

    /** Items after the one with {@code lastId}, oldest first: what a reconnecting stream missed. */
    List<FeedItem> after(String tenant, String userId, String lastId, int limit) {
        FeedItem last = mongo.findOne(Query.query(mine(tenant, userId).and("_id").is(lastId)), FeedItem.class);
        if (last == null) {
            return List.of();
        }
        return mongo.find(Query.query(mine(tenant, userId).and("createdAt").gt(last.createdAt()))
                .with(Sort.by("createdAt")).limit(limit), FeedItem.class);
    }

    /** The person's newest item, or null when their feed is empty. */
    FeedItem newest(String tenant, String userId) {
        return mongo.findOne(Query.query(mine(tenant, userId)).with(Sort.by(Sort.Direction.DESC, "createdAt", "_id")),
                FeedItem.class);
    }

    /**
     * For many people at once, in one query, the items after each one's position, in feed order (creation time, then id):
     * every branch of the {@code $or} is a range on the {@code tenant_user_createdAt} index.
     */
    List<FeedItem> after(Map<FeedStreams.Owner, FeedStreams.Position> positions, int limit) {
        Criteria[] each = positions.entrySet().stream().map(entry -> {
            FeedStreams.Position at = entry.getValue();
            return mine(entry.getKey().tenant(), entry.getKey().userId()).orOperator(
                    Criteria.where("createdAt").gt(at.createdAt()),
                    Criteria.where("createdAt").is(at.createdAt()).and("_id").gt(at.id()));
        }).toArray(Criteria[]::new);
        return mongo.find(Query.query(new Criteria().orOperator(each)).with(Sort.by("createdAt", "_id")).limit(limit),
                FeedItem.class);
    }

    long unread(String tenant, String userId) {
        return mongo.count(Query.query(mine(tenant, userId).and("readAt").is(null)), FeedItem.class);
    }

    /** @return false when the person has no such item (another person's id looks exactly like a missing one) */
    boolean markRead(String tenant, String userId, String id, Instant now) {
        Query item = Query.query(mine(tenant, userId).and("_id").is(id));
        if (!mongo.exists(item, FeedItem.class)) {
            return false;
        }
        mongo.updateFirst(Query.query(mine(tenant, userId).and("_id").is(id).and("readAt").is(null)),
                new Update().set("readAt", now), FeedItem.class);
        return true;
    }

    long markAllRead(String tenant, String userId, Instant now) {
        return mongo.updateMulti(Query.query(mine(tenant, userId).and("readAt").is(null)), new Update().set("readAt", now),
                FeedItem.class).getModifiedCount();
    }

    private static Criteria mine(String tenant, String userId) {
        return Criteria.where("tenant").is(tenant).and("userId").is(userId);
    }
}
