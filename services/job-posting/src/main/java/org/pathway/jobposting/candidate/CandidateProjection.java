package org.pathway.jobposting.candidate;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps the candidates projection. Each write replaces the whole document keyed by institution and user, and only
 * when it holds an older revision: applying an event twice, or a stale one late, changes nothing.
 */
@Component
public class CandidateProjection {

    private final MongoTemplate mongo;

    CandidateProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void apply(Candidate candidate) {
        Query older = Query.query(Criteria.where("_id").is(candidate.id()).and("revision").lt(candidate.revision()));
        Candidate previous = mongo.findAndReplace(older, candidate, FindAndReplaceOptions.options().returnNew());
        if (previous == null && !mongo.exists(Query.query(Criteria.where("_id").is(candidate.id())), Candidate.class)) {
            try {
                mongo.insert(candidate);
            } catch (DuplicateKeyException raced) {
                // A concurrent delivery inserted it first; retrying the revision-guarded replace settles the order.
                mongo.findAndReplace(older, candidate);
            }
        }
    }

    Optional<Candidate> find(String tenant, String userId) {
        return Optional.ofNullable(mongo.findById(Candidate.idOf(tenant, userId), Candidate.class));
    }
}
