package org.pathway.jobposting.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.pathway.jobposting.posting.PostingView;
import org.pathway.jobposting.posting.RoleType;
import org.pathway.kit.events.OutboxEvent;
import org.pathway.kit.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A faculty member's application to a published posting, possibly of another institution. The document lives in the
 * POSTING institution's tenant: the application is a record of that institution's hiring, its admins review it, and
 * the candidate's own institution must never see that they applied elsewhere. The candidate's institution and id are
 * kept beside it, and only the candidate reads or withdraws it.
 *
 * <p>One document per candidate and posting: its id is derived from (candidate institution, candidate, posting), so a
 * second open application cannot exist (the primary key refuses it, even between replicas racing each other).
 * Applying again after withdrawing reopens the same document as a new submission.
 */
@Document("applications")
class JobApplication extends OutboxAggregate {

    static final String TOPIC = "jobs.applications";
    static final String APPLICATION_SUBMITTED = "org.pathway.job-posting.ApplicationSubmitted.v1";
    static final String APPLICATION_WITHDRAWN = "org.pathway.job-posting.ApplicationWithdrawn.v1";

    @Id
    private String id;
    private String tenant;
    private String postingId;
    private String postingTitle;
    private RoleType roleType;
    private String candidateInstitution;
    private String candidateId;
    private String candidateName;
    private String candidateEmail;
    private String coverLetter;
    private String cvSnapshotId;
    private ApplicationStage stage;
    private List<StageChange> history;
    private Instant submittedAt;
    private Instant updatedAt;
    @Version
    private Long version;

    private JobApplication() {
    }

    /** The id of the one application {@code candidateId} of {@code candidateInstitution} may have to the posting. */
    static String idOf(String candidateInstitution, String candidateId, String postingId) {
        return UUID.nameUUIDFromBytes((candidateInstitution + "/" + candidateId + "/" + postingId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    static JobApplication submit(Candidate candidate, PostingView posting, ApplyRequest request, Clock clock) {
        JobApplication application = new JobApplication();
        application.id = idOf(candidate.institution(), candidate.userId(), posting.id());
        application.tenant = posting.institution();
        application.postingId = posting.id();
        application.candidateInstitution = candidate.institution();
        application.candidateId = candidate.userId();
        application.history = new ArrayList<>();
        application.fill(candidate, posting, request, now(clock));
        return application;
    }

    /** A withdrawn application submitted again: a new submission, the earlier stages kept in the history. */
    void resubmit(Candidate candidate, PostingView posting, ApplyRequest request, Clock clock) {
        if (stage != ApplicationStage.WITHDRAWN) {
            throw new AlreadyApplied(id, stage);
        }
        fill(candidate, posting, request, now(clock));
    }

    private void fill(Candidate candidate, PostingView posting, ApplyRequest request, Instant now) {
        postingTitle = posting.title();
        roleType = posting.roleType();
        candidateName = candidate.name();
        candidateEmail = candidate.email();
        coverLetter = request.coverLetter();
        cvSnapshotId = request.cvSnapshotId();
        submittedAt = now;
        move(ApplicationStage.SUBMITTED, candidateId, now);
        // ce_tenant is the posting institution (see the class comment); the candidate's institution is in the payload
        // so the notification service can send the candidate's receipt to the right person.
        record(OutboxEvent.of(TOPIC, APPLICATION_SUBMITTED, id, tenant, new ApplicationSubmitted(id, postingId, tenant,
                postingTitle, roleType, candidateId, candidateInstitution, cvSnapshotId, now)));
    }

    /** By the posting institution's admin: only the moves {@link ApplicationStage#adminMoves()} allows. */
    void moveTo(ApplicationStage next, String admin, Clock clock) {
        if (!stage.adminMoves().contains(next)) {
            throw new StageRefused("move to " + next.name().toLowerCase().replace('_', ' '), stage);
        }
        move(next, admin, now(clock));
    }

    /** By the candidate, from any open stage (after an offer it declines the offer). */
    void withdraw(Clock clock) {
        if (!stage.open()) {
            throw new StageRefused("withdraw", stage);
        }
        ApplicationStage left = stage;
        Instant now = now(clock);
        move(ApplicationStage.WITHDRAWN, candidateId, now);
        record(OutboxEvent.of(TOPIC, APPLICATION_WITHDRAWN, id, tenant, new ApplicationWithdrawn(id, postingId, tenant,
                postingTitle, candidateId, candidateInstitution, left, now)));
    }

    private void move(ApplicationStage next, String by, Instant at) {
        stage = next;
        updatedAt = at;
        history.add(new StageChange(next, at, by));
    }

    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    String id() {
        return id;
    }

    String tenant() {
        return tenant;
    }

    String postingId() {
        return postingId;
    }

    String postingTitle() {
        return postingTitle;
    }

    RoleType roleType() {
        return roleType;
    }

    String candidateInstitution() {
        return candidateInstitution;
    }

    String candidateId() {
        return candidateId;
    }

    String candidateName() {
        return candidateName;
    }

    String candidateEmail() {
        return candidateEmail;
    }

    String coverLetter() {
        return coverLetter;
    }

    String cvSnapshotId() {
        return cvSnapshotId;
    }

    ApplicationStage stage() {
        return stage;
    }

    List<StageChange> history() {
        return List.copyOf(history);
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** Who applies, from their token. */
    record Candidate(String institution, String userId, String name, String email) {
    }

    /** @param by the user who made the move: an admin of the posting institution, or the candidate */
    record StageChange(ApplicationStage stage, Instant at, String by) {
    }

    /**
     * ApplicationSubmitted v1 (contract: events/job-posting/ApplicationSubmitted.v1.schema.json). No cover letter:
     * consumers (the candidate's receipt, the admins' notice) need none, and it stays in the posting institution.
     */
    record ApplicationSubmitted(String applicationId, String postingId, String postingInstitution, String postingTitle,
            RoleType roleType, String candidateId, String candidateInstitution, String cvSnapshotId,
            Instant submittedAt) {
    }

    /** ApplicationWithdrawn v1 (contract: events/job-posting/ApplicationWithdrawn.v1.schema.json). */
    record ApplicationWithdrawn(String applicationId, String postingId, String postingInstitution, String postingTitle,
            String candidateId, String candidateInstitution, ApplicationStage stageAtWithdrawal, Instant withdrawnAt) {
    }
}
