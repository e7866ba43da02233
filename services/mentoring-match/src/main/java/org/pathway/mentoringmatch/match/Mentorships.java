package org.pathway.mentoringmatch.match;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.time.Clock;

import org.pathway.kit.security.CurrentUser;
import org.pathway.mentoringmatch.mentor.Mentors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Ending an accepted mentorship, without a transaction: first the match moves ACCEPTED → ENDED (optimistic lock, so of
 * two people ending it at once one wins and the other gets a 409), then the mentor's place is given back by an update
 * that remembers the match id on the mentor document, so it frees exactly one place however often it runs. A crash
 * between the two writes leaves the match ENDED without {@code placeReleased}; {@link #releaseOutstanding} (on the
 * expiry sweep) finishes it.
 */
@Component
class Mentorships {

    private final MatchRepository matches;
    private final MatchLifecycle lifecycle;
    private final Mentors mentors;
    private final MongoTemplate mongo;
    private final Clock clock;

    Mentorships(MatchRepository matches, MatchLifecycle lifecycle, Mentors mentors, MongoTemplate mongo, Clock clock) {
        this.matches = matches;
        this.lifecycle = lifecycle;
        this.mentors = mentors;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Its mentee or its mentor ends it; anyone else is told there is no such match. */
    Match end(String matchId, CurrentUser person, String reason) {
        Match match = lifecycle.visibleTo(matchId, person);
        Match.EndedBy by = match.isMentee(person.requireTenant(), person.userId()) ? Match.EndedBy.MENTEE
                : Match.EndedBy.MENTOR;
        return end(match, by, reason);
    }

    /** An admin of the mentee's or the mentor's institution ends it; another institution's match is not found. */
    Match endAsAdmin(String matchId, CurrentUser admin, String reason) {
        String tenant = admin.requireTenant();
        Match match = matches.findById(matchId)
                .filter(found -> found.tenant().equals(tenant) || found.mentorTenant().equals(tenant))
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no such match"));
        return end(match, Match.EndedBy.ADMIN, reason);
    }

    private Match end(Match match, Match.EndedBy by, String reason) {
        match.end(by, reason, clock.instant());
        Match ended;
        try {
            ended = matches.save(match);
        } catch (OptimisticLockingFailureException concurrent) {
            throw new ResponseStatusException(CONFLICT, "the mentorship changed concurrently; reload it");
        }
        releasePlace(ended);
        return ended;
    }

    /** Gives back the places of ended mentorships whose release a crash interrupted. Idempotent. */
    int releaseOutstanding() {
        var outstanding = matches.findByStatusAndPlaceReleasedNotOrderByIdAsc(MatchStatus.ENDED, true);
        outstanding.forEach(this::releasePlace);
        return outstanding.size();
    }

    private void releasePlace(Match ended) {
        mentors.releaseEndedPlace(ended.mentorId(), ended.id());
        mongo.updateFirst(query(where("_id").is(ended.id()).and("status").is(MatchStatus.ENDED)),
                new Update().set("placeReleased", true), Match.class);
    }
}
