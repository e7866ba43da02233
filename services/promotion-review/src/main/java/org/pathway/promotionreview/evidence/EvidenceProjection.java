package org.pathway.promotionreview.evidence;

import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Applies portfolio facts to the evidence projection. Every write is one whole-document operation keyed by activity id
 * and tenant, so applying an event twice leaves the same result, and a stale revision never replaces a newer one.
 */
@Component
public class EvidenceProjection {

    private final MongoTemplate mongo;

    EvidenceProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Recorded or revised: replace the stored copy unless it already holds this revision or a later one. */
    public void apply(Evidence evidence) {
        Query olderOrAbsent = Query.query(Criteria.where("_id").is(evidence.activityId()).and("tenant").is(evidence.tenant())
                .and("revision").lt(evidence.revision()));
        Evidence previous = mongo.findAndReplace(olderOrAbsent, evidence, FindAndReplaceOptions.options().returnNew());
        if (previous == null && !mongo.exists(Query.query(Criteria.where("_id").is(evidence.activityId())), Evidence.class)) {
            mongo.insert(evidence);
        }
    }

    /** Removed: the evidence no longer counts. Removing what is already gone is a no-op. */
    public void remove(String tenant, String activityId) {
        mongo.remove(Query.query(Criteria.where("_id").is(activityId).and("tenant").is(tenant)), Evidence.class);
    }
}
