package org.pathway.promotionreview.evidence;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Applies portfolio facts to the evidence projection. Every write is a whole-document upsert keyed by activity id. */
@Component
public class EvidenceProjection {

    private final MongoTemplate mongo;

    EvidenceProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Idempotent: applying the same activity twice leaves the same single document. */
    public void recorded(Evidence evidence) {
        mongo.save(evidence);
    }
}
