package org.pathway.mentoringmatch.mentor;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pathway.kit.web.BadRequestBodyException;
import org.pathway.kit.web.FieldError;
import org.pathway.mentoringmatch.scoring.TimeWindow;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The mentor store. Capacity is enforced without transactions: a place is taken by one conditional single-document
 * update ({@code activeMentees < capacity} → {@code $inc}), which the database applies atomically, so concurrent
 * accepts can never take more places than there are.
 */
@Component
public class Mentors {

    private static final int RETRIES = 5;

    private final MongoTemplate mongo;
    private final Clock clock;

    Mentors(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Optional<Mentor> find(String mentorId) {
        return Optional.ofNullable(mongo.findById(mentorId, Mentor.class));
    }

    Optional<Mentor> find(String tenant, String userId) {
        return find(Mentor.idOf(tenant, userId));
    }

    /**
     * Mentors who could take a mentee from {@code tenant}: its own mentors and, if asked, other institutions' mentors
     * who accept external mentees; paused mentors excluded. Ordered by id, so a round sees the same order every time.
     */
    public List<Mentor> candidatesFor(String tenant, boolean includeExternal) {
        Criteria scope = includeExternal
                ? new Criteria().orOperator(where("tenant").is(tenant), where("acceptsExternal").is(true))
                : where("tenant").is(tenant);
        return mongo.find(query(new Criteria().andOperator(scope, where("paused").is(false)))
                .with(Sort.by("_id")), Mentor.class);
    }

    /** Every mentor of {@code tenant}, paused or not. */
    public List<Mentor> of(String tenant) {
        return mongo.find(query(where("tenant").is(tenant)).with(Sort.by("_id")), Mentor.class);
    }

    /** Opts in, or edits the profile. Capacity below the mentees the mentor has now is refused, and nothing is written. */
    Mentor save(String tenant, String userId, String name, String email, MentorProfileRequest request) {
        List<TimeWindow> windows = windows(request);
        String id = Mentor.idOf(tenant, userId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        for (int attempt = 0; attempt < RETRIES; attempt++) {
            Update profile = new Update().set("name", name).set("email", email).set("roles", request.roles())
                    .set("rank", request.rank()).set("niches", request.niches()).set("capacity", request.capacity())
                    .set("availability", windows).set("acceptedKinds", request.acceptedKinds())
                    .set("acceptsExternal", request.externalWelcome()).set("updatedAt", now);
            // The capacity check and the write are one conditional update: an accept racing with this edit either
            // lands before it (and the check sees its mentee) or finds the new capacity.
            if (mongo.updateFirst(query(where("_id").is(id).and("activeMentees").lte(request.capacity())), profile,
                    Mentor.class).getMatchedCount() == 1) {
                return find(id).orElseThrow();
            }
            Mentor existing = mongo.findById(id, Mentor.class);
            if (existing != null) {
                throw new BadRequestBodyException("Capacity is below the mentees you have now",
                        List.of(new FieldError("capacity", "must be at least your current mentees ("
                                + existing.activeMentees() + ")")));
            }
            try {
                return mongo.insert(new Mentor(id, tenant, userId, name, email, request.roles(), request.rank(),
                        request.niches(), request.capacity(), 0, windows, request.acceptedKinds(),
                        request.externalWelcome(), false, now, now));
            } catch (DuplicateKeyException raced) {
                // A concurrent first opt-in created it: apply this edit as an update.
            }
        }
        throw new IllegalStateException("mentor profile " + id + " kept changing concurrently");
    }

    Optional<Mentor> setPaused(String tenant, String userId, boolean paused) {
        String id = Mentor.idOf(tenant, userId);
        mongo.updateFirst(query(where("_id").is(id)), new Update().set("paused", paused)
                .set("updatedAt", clock.instant().truncatedTo(ChronoUnit.MILLIS)), Mentor.class);
        return find(id);
    }

    /**
     * Takes one place if the mentor is not paused and has one free. The condition names the capacity read, so an edit
     * of the capacity in between makes the update miss and the loop re-read, never over-fill.
     */
    public boolean reserveSlot(String mentorId) {
        for (int attempt = 0; attempt < RETRIES; attempt++) {
            Mentor mentor = mongo.findById(mentorId, Mentor.class);
            if (mentor == null || mentor.paused() || mentor.activeMentees() >= mentor.capacity()) {
                return false;
            }
            Query free = query(where("_id").is(mentorId).and("paused").is(false).and("capacity").is(mentor.capacity())
                    .and("activeMentees").lt(mentor.capacity()));
            if (mongo.updateFirst(free, new Update().inc("activeMentees", 1), Mentor.class).getModifiedCount() == 1) {
                return true;
            }
        }
        return false;
    }

    /** Gives a place back (the compensation when the match could not be accepted after all). */
    public void releaseSlot(String mentorId) {
        mongo.updateFirst(query(where("_id").is(mentorId).and("activeMentees").gt(0)), new Update().inc("activeMentees", -1),
                Mentor.class);
    }

    /**
     * Gives back the place an ended mentorship held, once per match however often it is called: the match id is
     * remembered on the mentor document by the same single-document update that frees the place.
     */
    public void releaseEndedPlace(String mentorId, String matchId) {
        mongo.updateFirst(query(where("_id").is(mentorId).and("activeMentees").gt(0).and("endedMatches").ne(matchId)),
                new Update().inc("activeMentees", -1).addToSet("endedMatches", matchId), Mentor.class);
    }

    private static List<TimeWindow> windows(MentorProfileRequest request) {
        List<TimeWindow> windows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.availability().size(); i++) {
            MentorProfileRequest.Window window = request.availability().get(i);
            if (!window.end().isAfter(window.start())) {
                errors.add(new FieldError("availability[" + i + "].end", "must be after start"));
            }
            windows.add(new TimeWindow(window.start().truncatedTo(ChronoUnit.MILLIS),
                    window.end().truncatedTo(ChronoUnit.MILLIS)));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestBodyException("An availability window ends before it starts", errors);
        }
        windows.sort((a, b) -> a.start().compareTo(b.start()));
        return windows;
    }
}
