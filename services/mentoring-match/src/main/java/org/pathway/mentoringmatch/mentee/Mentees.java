package org.pathway.mentoringmatch.mentee;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The mentee projection and the open-request counter behind the per-mentee cap. */
@Component
public class Mentees {

    private final MongoTemplate mongo;

    Mentees(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mentee of(String tenant, String userId) {
        return Optional.ofNullable(mongo.findById(Mentee.idOf(tenant, userId), Mentee.class))
                .orElseGet(() -> Mentee.unknown(tenant, userId));
    }

    /**
     * Takes one of the mentee's open-request places: a conditional {@code $inc} (below the cap), or an insert for a
     * mentee not seen yet; so concurrent requests can never exceed the cap.
     */
    public boolean takeRequestPlace(String tenant, String userId, int cap) {
        String id = Mentee.idOf(tenant, userId);
        for (int attempt = 0; attempt < 5; attempt++) {
            if (mongo.updateFirst(query(where("_id").is(id).and("openRequests").lt(cap)),
                    new Update().inc("openRequests", 1), Mentee.class).getModifiedCount() == 1) {
                return true;
            }
            if (mongo.exists(query(where("_id").is(id)), Mentee.class)) {
                return false;
            }
            try {
                mongo.insert(new Mentee(id, tenant, userId, null, null, null, null, null, null, null, null, null, 1));
                return true;
            } catch (DuplicateKeyException raced) {
                // created concurrently (a profile event or another request): count against it
            }
        }
        return false;
    }

    /** Gives an open-request place back: the request was matched, or its creation failed. */
    public void releaseRequestPlace(String tenant, String userId) {
        mongo.updateFirst(query(where("_id").is(Mentee.idOf(tenant, userId)).and("openRequests").gt(0)),
                new Update().inc("openRequests", -1), Mentee.class);
    }

    /**
     * Applies a ReadinessAssessed: replaces the gap categories unless a later assessment is held already. Idempotent;
     * touches neither the profile fields nor the open-request counter.
     */
    void apply(String tenant, ReadinessEvents.ReadinessAssessed event) {
        String id = Mentee.idOf(tenant, event.facultyId());
        Criteria olderOrNone = new Criteria().orOperator(where("readinessAssessedAt").exists(false),
                where("readinessAssessedAt").is(null), where("readinessAssessedAt").lt(event.assessedAt()));
        Update update = new Update().set("tenant", tenant).set("userId", event.facultyId())
                .set("readinessGaps", event.gapCategories()).set("readinessAssessedAt", event.assessedAt())
                .setOnInsert("openRequests", 0);
        try {
            mongo.upsert(query(where("_id").is(id)).addCriteria(olderOrNone), update, Mentee.class);
        } catch (DuplicateKeyException stale) {
            // A later assessment is held already.
        }
    }

    /**
     * Applies a ProfileUpdated: replaces the profile fields unless a newer revision is held already. Applying the same
     * event twice gives the same document; the open-request counter is never touched.
     */
    void apply(String tenant, ProfileEvents.ProfileUpdated event) {
        String id = Mentee.idOf(tenant, event.userId());
        Criteria olderOrNone = new Criteria().orOperator(where("revision").exists(false), where("revision").is(null),
                where("revision").lt(event.revision()));
        Update update = new Update().set("tenant", tenant).set("userId", event.userId()).set("name", event.name())
                .set("rank", event.knownRank()).set("track", event.track()).set("nicheTheme", event.nicheTheme())
                .set("nicheTags", event.nicheTags()).set("targetRoles", event.knownTargetRoles())
                .set("revision", event.revision()).setOnInsert("openRequests", 0);
        try {
            mongo.upsert(query(where("_id").is(id)).addCriteria(olderOrNone), update, Mentee.class);
        } catch (DuplicateKeyException stale) {
            // The document exists with this revision or a newer one: a late or repeated event changes nothing.
        }
    }
}
