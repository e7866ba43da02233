package org.pathway.mentoringmatch.match;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pathway.kit.security.CurrentUser;
import org.pathway.mentoringmatch.mentee.Mentees;
import org.pathway.mentoringmatch.settings.Settings;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The request store. Every state change is one conditional single-document update naming the state it expects, so
 * concurrent proposals, accepts, declines and sweeps each win or miss cleanly without a transaction.
 */
@Component
class Requests {

    private final MongoTemplate mongo;
    private final Mentees mentees;
    private final Settings settings;
    private final Clock clock;

    Requests(MongoTemplate mongo, Mentees mentees, Settings settings, Clock clock) {
        this.mongo = mongo;
        this.mentees = mentees;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A new open request, within the cap on open requests of the mentee's institution (409 beyond it; nothing written
     * then).
     */
    MentoringRequest create(CurrentUser mentee, CreateRequest request) {
        String tenant = mentee.requireTenant();
        int cap = settings.of(tenant).openRequestCap();
        if (!mentees.takeRequestPlace(tenant, mentee.userId(), cap)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "you already have " + cap
                    + " open requests, the most at once; wait for a match first");
        }
        Instant now = now();
        try {
            return mongo.insert(new MentoringRequest(UUID.randomUUID().toString(), tenant, mentee.userId(),
                    mentee.name(), mentee.email(), request.kind(), request.prep(), request.note(),
                    request.externalWelcome(), RequestStatus.OPEN, null, List.of(), 0, now, now));
        } catch (RuntimeException failed) {
            mentees.releaseRequestPlace(tenant, mentee.userId());
            throw failed;
        }
    }

    Optional<MentoringRequest> find(String id) {
        return Optional.ofNullable(mongo.findById(id, MentoringRequest.class));
    }

    /** The mentee's own request; anyone else's (another institution's too) is not found. */
    MentoringRequest own(String id, CurrentUser mentee) {
        return find(id).filter(request -> request.tenant().equals(mentee.requireTenant())
                        && request.menteeId().equals(mentee.userId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such request"));
    }

    List<MentoringRequest> of(String tenant, String menteeId) {
        return mongo.find(query(where("tenant").is(tenant).and("menteeId").is(menteeId))
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id"))), MentoringRequest.class);
    }

    /** The institution's open requests in a fixed order (oldest first), so a round's input is the same every time. */
    List<MentoringRequest> openIn(String tenant) {
        return mongo.find(query(where("tenant").is(tenant).and("status").is(RequestStatus.OPEN))
                .with(Sort.by("createdAt", "_id")), MentoringRequest.class);
    }

    List<MentoringRequest> awaitingAnswer() {
        return mongo.find(query(where("status").is(RequestStatus.PROPOSED)).with(Sort.by("_id")),
                MentoringRequest.class);
    }

    /** OPEN → PROPOSED for {@code matchId}, only if nobody claimed it since {@code request} was read. */
    boolean claim(MentoringRequest request, String matchId) {
        return mongo.updateFirst(query(where("_id").is(request.id()).and("status").is(RequestStatus.OPEN)
                        .and("attempts").is(request.attempts())),
                new Update().set("status", RequestStatus.PROPOSED).set("currentMatchId", matchId).inc("attempts", 1)
                        .set("updatedAt", now()), MentoringRequest.class).getModifiedCount() == 1;
    }

    /** The proposal {@code matchId} ended without a match: the request is open again, without that mentor. */
    boolean reopen(String requestId, String matchId, String triedMentorId) {
        Update update = new Update().set("status", RequestStatus.OPEN).set("currentMatchId", null)
                .set("updatedAt", now());
        if (triedMentorId != null) {
            update.addToSet("triedMentors", triedMentorId);
        }
        return mongo.updateFirst(query(where("_id").is(requestId).and("status").is(RequestStatus.PROPOSED)
                .and("currentMatchId").is(matchId)), update, MentoringRequest.class).getModifiedCount() == 1;
    }

    /** The proposal {@code matchId} was accepted: matched, and the mentee's open-request place is given back once. */
    void matched(MentoringRequest request, String matchId) {
        boolean changed = mongo.updateFirst(query(where("_id").is(request.id()).and("status").is(RequestStatus.PROPOSED)
                        .and("currentMatchId").is(matchId)),
                new Update().set("status", RequestStatus.MATCHED).set("updatedAt", now()), MentoringRequest.class)
                .getModifiedCount() == 1;
        if (changed) {
            mentees.releaseRequestPlace(request.tenant(), request.menteeId());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
