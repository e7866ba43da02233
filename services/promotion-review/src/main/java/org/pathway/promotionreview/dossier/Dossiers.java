package org.pathway.promotionreview.dossier;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Loads and saves dossiers, always within one institution. A step is applied to a freshly loaded copy and saved under
 * the optimistic lock; a concurrent step makes it start again on the new state, so two chairs' clicks or a vote racing
 * the close are each checked against what really happened first. The save publishes the recorded events (kit outbox).
 */
@Component
class Dossiers {

    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;

    Dossiers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The dossier, or 404 for an id of another institution or none at all (the two are indistinguishable). */
    Dossier get(String tenant, String id) {
        Dossier dossier = mongo.findOne(Query.query(where("_id").is(id).and("tenant").is(tenant)), Dossier.class);
        if (dossier == null) {
            throw notFound(id);
        }
        return dossier;
    }

    Dossier byUploadToken(String token) {
        Dossier dossier = mongo.findOne(Query.query(where("letters.uploadToken").is(token)), Dossier.class);
        if (dossier == null) {
            throw new ResponseStatusException(NOT_FOUND, "no letter request with this token");
        }
        return dossier;
    }

    Dossier insert(Dossier dossier) {
        return mongo.insert(dossier);
    }

    /** Applies {@code step} to the current state and saves it, again on conflict. */
    <R> R change(String tenant, String id, Function<Dossier, R> step) {
        for (int attempt = 1; ; attempt++) {
            Dossier dossier = get(tenant, id);
            R result = step.apply(dossier);
            try {
                mongo.save(dossier);
                return result;
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }

    /** The institution's dossiers where the caller is the candidate, the chair or a reviewer; all of them for admins. */
    List<Dossier> involving(String tenant, String userId, boolean admin) {
        Criteria scope = where("tenant").is(tenant);
        if (!admin) {
            scope = scope.orOperator(where("candidateId").is(userId), where("chairId").is(userId),
                    where("reviewers.memberId").is(userId));
        }
        return mongo.find(Query.query(scope).with(Sort.by(Sort.Direction.DESC, "openedAt")), Dossier.class);
    }

    boolean hasUndecided(String tenant, String candidateId) {
        return mongo.exists(Query.query(where("tenant").is(tenant).and("candidateId").is(candidateId)
                .and("status").ne(DossierStatus.DECIDED)), Dossier.class);
    }

    List<Dossier> withLettersDue(Instant now, int limit) {
        return mongo.find(Query.query(where("letters").elemMatch(where("status").is(LetterStatus.REQUESTED)
                .and("nextCheckAt").lte(now))).limit(limit), Dossier.class);
    }

    static ResponseStatusException notFound(String id) {
        return new ResponseStatusException(NOT_FOUND, "no dossier " + id);
    }
}
