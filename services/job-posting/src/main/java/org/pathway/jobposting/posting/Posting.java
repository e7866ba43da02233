package org.pathway.jobposting.posting;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.pathway.kit.events.OutboxEvent;
import org.pathway.kit.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A job posting of one institution. Drafts are edited by the institution's admins; publishing makes the posting
 * public to every signed-in user of every institution and announces it; closing ends it. Both announcements are
 * recorded in the same single-document write as the status change (the kit's outbox).
 */
@Document("postings")
class Posting extends OutboxAggregate {

    static final String TOPIC = "jobs.postings";
    static final String POSTING_PUBLISHED = "org.pathway.job-posting.PostingPublished.v1";
    static final String POSTING_CLOSED = "org.pathway.job-posting.PostingClosed.v1";

    @Id
    private String id;
    private String tenant;
    private PostingStatus status;
    private PostingContent content;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant publishedAt;
    private Instant closedAt;
    @Version
    private Long version;

    private Posting() {
    }

    static Posting draft(String tenant, String admin, PostingContent content, Clock clock) {
        Posting posting = new Posting();
        posting.id = UUID.randomUUID().toString();
        posting.tenant = tenant;
        posting.status = PostingStatus.DRAFT;
        posting.content = content;
        posting.createdBy = admin;
        posting.createdAt = now(clock);
        posting.updatedAt = posting.createdAt;
        return posting;
    }

    /** Only a draft is revised: what candidates were shown and alerted about stays what it was. */
    void revise(PostingContent newContent, Clock clock) {
        if (status != PostingStatus.DRAFT) {
            throw new TransitionRefused("revise", status);
        }
        content = newContent;
        updatedAt = now(clock);
    }

    void publish(Clock clock) {
        if (status != PostingStatus.DRAFT) {
            throw new TransitionRefused("publish", status);
        }
        status = PostingStatus.PUBLISHED;
        publishedAt = now(clock);
        updatedAt = publishedAt;
        Transparency transparency = Transparency.of(content);
        record(OutboxEvent.of(TOPIC, POSTING_PUBLISHED, id, tenant, new PostingPublished(id, tenant, content.title(),
                content.roleType(), content.specialty(), content.department(), content.location(),
                content.clinicalShare(), content.educationFte(), content.protectedHoursPerWeek(),
                content.clinicalHalfDaysPerWeek(), content.compensation(), content.nightsWeekends(),
                content.training(), content.missionTags(), transparency.score(), transparency.answered(),
                publishedAt)));
    }

    void close(Clock clock) {
        if (status != PostingStatus.PUBLISHED) {
            throw new TransitionRefused("close", status);
        }
        status = PostingStatus.CLOSED;
        closedAt = now(clock);
        updatedAt = closedAt;
        record(OutboxEvent.of(TOPIC, POSTING_CLOSED, id, tenant,
                new PostingClosed(id, tenant, content.title(), content.roleType(), publishedAt, closedAt)));
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

    PostingStatus status() {
        return status;
    }

    PostingContent content() {
        return content;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    Instant closedAt() {
        return closedAt;
    }

    /**
     * PostingPublished v1 (contract: events/job-posting/PostingPublished.v1.schema.json): the facts a candidate
     * filters by, so consumers (notification, this service's alert matcher) need no call back.
     */
    record PostingPublished(String postingId, String institution, String title, RoleType roleType, String specialty,
            String department, Location location, PercentRange clinicalShare, Double educationFte,
            Double protectedHoursPerWeek, Double clinicalHalfDaysPerWeek, PayRange compensation, Boolean nightsWeekends,
            TrainingRequirement training, List<MissionTag> missionTags, int transparencyScore,
            List<String> answeredQuestions, Instant publishedAt) {
    }

    /** PostingClosed v1 (contract: events/job-posting/PostingClosed.v1.schema.json). */
    record PostingClosed(String postingId, String institution, String title, RoleType roleType, Instant publishedAt,
            Instant closedAt) {
    }
}
