package org.pathway.mentoringmatch.match;

import static org.springframework.http.HttpStatus.CONFLICT;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.pathway.kit.events.OutboxEvent;
import org.pathway.kit.outbox.OutboxAggregate;
import org.pathway.mentoringmatch.mentor.Mentor;
import org.pathway.mentoringmatch.scoring.Compatibility;
import org.pathway.mentoringmatch.scoring.Factor;
import org.pathway.mentoringmatch.scoring.RequestKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.web.server.ResponseStatusException;

/**
 * One proposal of a mentor to a mentee's request, and what became of it: PROPOSED → ACCEPTED, DECLINED (with a reason),
 * INFO_REQUESTED (and back to PROPOSED once answered), or EXPIRED at its deadline; an ACCEPTED mentorship is ENDED by
 * either side or an admin. Every transition records its event
 * in the outbox of the same document (optimistic locking on {@code version}), so a concurrent accept, decline or
 * expiry lands once and only once. {@code tenant} is the mentee's institution; an external mentor's is
 * {@code mentorTenant}.
 */
@Document("matches")
@CompoundIndex(name = "mentee", def = "{'tenant': 1, 'menteeId': 1, 'proposedAt': -1}")
@CompoundIndex(name = "mentor", def = "{'mentorTenant': 1, 'mentorUserId': 1, 'proposedAt': -1}")
@CompoundIndex(name = "mentor_status", def = "{'mentorId': 1, 'status': 1}")
@CompoundIndex(name = "status_deadline", def = "{'status': 1, 'deadline': 1}")
class Match extends OutboxAggregate {

    static final String TOPIC = "mentoring.matches";
    static final String MATCH_PROPOSED = "org.pathway.mentoring-match.MatchProposed.v1";
    static final String MATCH_ACCEPTED = "org.pathway.mentoring-match.MatchAccepted.v1";
    static final String MATCH_DECLINED = "org.pathway.mentoring-match.MatchDeclined.v1";
    static final String MATCH_EXPIRED = "org.pathway.mentoring-match.MatchExpired.v1";
    static final String CONVERSATION_SCHEDULED = "org.pathway.mentoring-match.ConversationScheduled.v1";
    static final String MENTORSHIP_ENDED = "org.pathway.mentoring-match.MentorshipEnded.v1";

    @Id
    private String id;
    private String tenant;
    private String requestId;
    private String menteeId;
    private String menteeName;
    private String menteeEmail;
    private String mentorId;
    private String mentorTenant;
    private String mentorUserId;
    private String mentorName;
    private String mentorEmail;
    private RequestKind kind;
    private Prep prep;
    private String origin;
    private int score;
    private List<Factor> reasons;
    private MatchStatus status;
    private Instant proposedAt;
    private Instant deadline;
    private Instant decidedAt;
    private String declineReason;
    private String question;
    private String answer;
    private Conversation conversation;
    private Instant endedAt;
    private EndedBy endedBy;
    private String endReason;
    /** Set once the mentor's place was given back after the end (the sweep finishes it after a crash). */
    private Boolean placeReleased;
    @Version
    private Long version;

    private Match() {
    }

    /** Who ended a mentorship: one of its two people, or an admin of either's institution. */
    enum EndedBy {
        MENTEE,
        MENTOR,
        ADMIN
    }

    /** A scheduled conversation: its slot and the RFC 5545 invite that was sent. */
    record Conversation(Instant start, Instant end, String icalendar) {
    }

    static Match propose(String id, MentoringRequest request, Mentor mentor, Compatibility compatibility, String origin,
            Instant now, Duration answerWithin) {
        Match match = new Match();
        match.id = id;
        match.tenant = request.tenant();
        match.requestId = request.id();
        match.menteeId = request.menteeId();
        match.menteeName = request.menteeName();
        match.menteeEmail = request.menteeEmail();
        match.mentorId = mentor.id();
        match.mentorTenant = mentor.tenant();
        match.mentorUserId = mentor.userId();
        match.mentorName = mentor.name();
        match.mentorEmail = mentor.email();
        match.kind = request.kind();
        match.prep = request.prep();
        match.origin = origin;
        match.score = compatibility.score();
        match.reasons = compatibility.factors();
        match.status = MatchStatus.PROPOSED;
        match.proposedAt = millis(now);
        match.deadline = millis(now.plus(answerWithin));
        match.record(event(match, MATCH_PROPOSED, new MatchEvents.MatchProposed(match.id, match.requestId,
                match.tenant, match.menteeId, match.mentorUserId, match.mentorTenant, match.kind, match.score,
                match.reasons.stream().map(MatchEvents.Reason::of).toList(), origin, match.proposedAt, match.deadline)));
        return match;
    }

    /** The mentor accepts (their place was already taken atomically by the caller); schedules an advice conversation. */
    void accept(Instant now, Conversation scheduled) {
        requireOpen();
        status = MatchStatus.ACCEPTED;
        decidedAt = millis(now);
        record(event(this, MATCH_ACCEPTED, new MatchEvents.MatchAccepted(id, requestId, tenant, menteeId, mentorUserId,
                mentorTenant, kind, decidedAt)));
        if (scheduled != null) {
            conversation = scheduled;
            record(event(this, CONVERSATION_SCHEDULED, new MatchEvents.ConversationScheduled(id, requestId, tenant,
                    menteeId, mentorUserId, mentorTenant, scheduled.start(), scheduled.end(), scheduled.icalendar(),
                    decidedAt)));
        }
    }

    void decline(String reason, Instant now) {
        requireOpen();
        status = MatchStatus.DECLINED;
        decidedAt = millis(now);
        declineReason = reason;
        record(event(this, MATCH_DECLINED, new MatchEvents.MatchDeclined(id, requestId, tenant, menteeId, mentorUserId,
                mentorTenant, kind, reason, decidedAt)));
    }

    /** The mentor asks the mentee something before deciding; the deadline stays. */
    void requestInformation(String question) {
        if (status != MatchStatus.PROPOSED) {
            throw closed();
        }
        status = MatchStatus.INFO_REQUESTED;
        this.question = question;
    }

    void answer(String answer) {
        if (status != MatchStatus.INFO_REQUESTED) {
            throw new ResponseStatusException(CONFLICT, "the mentor has not asked for more information");
        }
        status = MatchStatus.PROPOSED;
        this.answer = answer;
    }

    /** No answer by the deadline. */
    void expire(Instant now) {
        requireOpen();
        if (now.isBefore(deadline)) {
            throw new IllegalStateException("match " + id + " is not overdue");
        }
        status = MatchStatus.EXPIRED;
        decidedAt = millis(now);
        record(event(this, MATCH_EXPIRED, new MatchEvents.MatchExpired(id, requestId, tenant, menteeId, mentorUserId,
                mentorTenant, kind, deadline, decidedAt)));
    }

    /** An accepted mentorship ends; the caller gives the mentor's place back once this is saved. */
    void end(EndedBy by, String reason, Instant now) {
        if (status != MatchStatus.ACCEPTED) {
            throw new ResponseStatusException(CONFLICT, "only an accepted mentorship can be ended; this one is "
                    + status.name().toLowerCase());
        }
        status = MatchStatus.ENDED;
        endedAt = millis(now);
        endedBy = by;
        endReason = reason;
        record(event(this, MENTORSHIP_ENDED, new MatchEvents.MentorshipEnded(id, requestId, tenant, menteeId,
                mentorUserId, mentorTenant, kind, by, reason, decidedAt, endedAt)));
    }

    private void requireOpen() {
        if (!status.open()) {
            throw closed();
        }
    }

    private ResponseStatusException closed() {
        return new ResponseStatusException(CONFLICT, "the proposal is already " + status.name().toLowerCase());
    }

    private static OutboxEvent event(Match match, String type, Object payload) {
        return OutboxEvent.of(TOPIC, type, match.id, match.tenant, payload);
    }

    private static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    boolean isMentee(String tenant, String userId) {
        return this.tenant.equals(tenant) && menteeId.equals(userId);
    }

    boolean isMentor(String tenant, String userId) {
        return mentorTenant.equals(tenant) && mentorUserId.equals(userId);
    }

    String id() {
        return id;
    }

    String tenant() {
        return tenant;
    }

    String requestId() {
        return requestId;
    }

    String menteeId() {
        return menteeId;
    }

    String menteeName() {
        return menteeName;
    }

    String menteeEmail() {
        return menteeEmail;
    }

    String mentorId() {
        return mentorId;
    }

    String mentorTenant() {
        return mentorTenant;
    }

    String mentorUserId() {
        return mentorUserId;
    }

    String mentorName() {
        return mentorName;
    }

    String mentorEmail() {
        return mentorEmail;
    }

    RequestKind kind() {
        return kind;
    }

    Prep prep() {
        return prep;
    }

    String origin() {
        return origin;
    }

    int score() {
        return score;
    }

    List<Factor> reasons() {
        return reasons == null ? List.of() : reasons;
    }

    MatchStatus status() {
        return status;
    }

    Instant proposedAt() {
        return proposedAt;
    }

    Instant deadline() {
        return deadline;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String declineReason() {
        return declineReason;
    }

    String question() {
        return question;
    }

    String answer() {
        return answer;
    }

    Conversation conversation() {
        return conversation;
    }

    Instant endedAt() {
        return endedAt;
    }

    EndedBy endedBy() {
        return endedBy;
    }

    String endReason() {
        return endReason;
    }
}
