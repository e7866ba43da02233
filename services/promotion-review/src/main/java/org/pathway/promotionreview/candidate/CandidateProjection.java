package org.pathway.promotionreview.candidate;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;

import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps the candidates from profile events. Whole-document writes keyed by tenant and faculty id: applying an event
 * twice leaves the same result, and a stale revision never replaces a newer one (as the evidence projection does).
 */
@Component
public class CandidateProjection {

    private final MongoTemplate mongo;

    CandidateProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void apply(Candidate candidate) {
        Query olderOrAbsent = Query.query(where("_id").is(candidate.id()).and("revision").lt(candidate.revision()));
        Candidate previous = mongo.findAndReplace(olderOrAbsent, candidate, FindAndReplaceOptions.options().returnNew());
        if (previous == null && !mongo.exists(Query.query(where("_id").is(candidate.id())), Candidate.class)) {
            try {
                mongo.insert(candidate);
            } catch (DuplicateKeyException concurrent) {
                // A concurrent delivery inserted first; retrying the guarded replace keeps the newest revision.
                mongo.findAndReplace(olderOrAbsent, candidate);
            }
        }
    }

    public Optional<Candidate> find(String tenant, String facultyId) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("_id").is(Candidate.idOf(tenant, facultyId))
                .and("tenant").is(tenant)), Candidate.class));
    }

    /** Every candidate of an institution on a track at a rank: those a criteria line for the next rank judges. */
    public List<Candidate> atRank(String tenant, Track track, Rank rank) {
        return mongo.find(Query.query(where("tenant").is(tenant).and("track").is(track).and("rank").is(rank)),
                Candidate.class);
    }
}
