package org.pathway.portfolio.activity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.pathway.kit.events.OutboxEvent;
import org.pathway.kit.outbox.OutboxAggregate;
import org.pathway.kit.web.BadRequestBodyException;
import org.pathway.kit.web.FieldError;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One piece of a faculty member's education evidence, owned by one person of one institution, with the typed detail
 * of its kind and the history of its revisions. Removal leaves a tombstone rather than deleting the document: the
 * document carries its own outbox, so deleting it would drop the ActivityRemoved event before it was published.
 */
@Document("activities")
@CompoundIndex(name = "tenant_owner", def = "{'tenant': 1, 'ownerId': 1, 'occurredOn': -1}")
class Activity extends OutboxAggregate {

    @Id
    private String id;
    private String tenant;
    private String ownerId;
    private ActivityKind kind;
    private String title;
    private LocalDate occurredOn;
    private LocalDate endedOn;
    private ActivityDetails details;
    private Instant recordedAt;
    private int revision;
    private Instant revisedAt;
    private Instant removedAt;
    private List<ActivityRevision> history = new ArrayList<>();
    @Version
    private Long version;

    private Activity() {
    }

    static Activity record(String tenant, String ownerId, RecordActivityRequest request, Clock clock) {
        return record(UUID.randomUUID().toString(), tenant, ownerId, request, clock);
    }

    /**
     * The mentoring one side of an accepted match gave or received, recorded for them by the portfolio. Its id is
     * derived from the match and the direction, so a redelivered MatchAccepted can only collide with it, never add a
     * second record; and a record its owner removed stays removed (the tombstone keeps the id).
     */
    static Activity fromAcceptedMatch(String tenant, String ownerId, String matchId, MentoringDirection direction,
            String counterpart, MentoringFormat format, Instant acceptedAt, Clock clock) {
        String title = (direction == MentoringDirection.GIVEN ? "Mentoring given" : "Mentoring received")
                + (format == null ? "" : ": " + format.label()) + " (Pathway match)";
        RecordActivityRequest request = new RecordActivityRequest(ActivityKind.MENTORING, title,
                LocalDate.ofInstant(acceptedAt, ZoneOffset.UTC), null, null, null, null, null, null,
                new MentoringDetails(direction, counterpart, format));
        return record(matchActivityId(matchId, direction), tenant, ownerId, request, clock);
    }

    static String matchActivityId(String matchId, MentoringDirection direction) {
        return UUID.nameUUIDFromBytes(("mentoring-match/" + matchId + "/" + direction)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Activity record(String id, String tenant, String ownerId, RecordActivityRequest request,
            Clock clock) {
        Activity activity = new Activity();
        activity.id = id;
        activity.tenant = tenant;
        activity.ownerId = ownerId;
        activity.kind = request.kind();
        activity.title = request.title();
        activity.occurredOn = request.occurredOn();
        activity.endedOn = request.endedOn();
        activity.details = ActivityDetails.of(request);
        activity.recordedAt = now(clock);
        activity.revision = 1;
        activity.record(OutboxEvent.of(ActivityEvents.TOPIC, ActivityEvents.RECORDED, activity.id, tenant,
                new ActivityEvents.ActivityRecorded(activity.id, ownerId, activity.kind, activity.title,
                        activity.occurredOn, activity.endedOn, activity.recordedAt,
                        ActivityEvents.TeachingFacts.of(activity.details.teaching()), activity.details.curriculum(),
                        activity.details.scholarship(), activity.details.leadership(), activity.details.award(),
                        activity.details.mentoring())));
        return activity;
    }

    /**
     * Replaces the content, keeping the previous one in the history. Content identical to the current one is no
     * revision: nothing is recorded and nothing is published.
     *
     * @return whether anything changed
     */
    boolean revise(ReviseActivityRequest request, Clock clock) {
        Map<String, String> mismatches = ActivityDetails.of(request).mismatches(kind);
        if (!mismatches.isEmpty()) {
            throw new BadRequestBodyException("The request has invalid fields", mismatches.entrySet().stream()
                    .map(problem -> new FieldError(problem.getKey(), problem.getValue())).toList());
        }
        ActivityDetails revisedDetails = ActivityDetails.of(request);
        if (Objects.equals(title, request.title()) && Objects.equals(occurredOn, request.occurredOn())
                && Objects.equals(endedOn, request.endedOn()) && Objects.equals(details, revisedDetails)) {
            return false;
        }
        Instant now = now(clock);
        history.add(new ActivityRevision(revision, title, occurredOn, endedOn, details,
                revisedAt == null ? recordedAt : revisedAt, now));
        title = request.title();
        occurredOn = request.occurredOn();
        endedOn = request.endedOn();
        details = revisedDetails;
        revision++;
        revisedAt = now;
        record(OutboxEvent.of(ActivityEvents.TOPIC, ActivityEvents.REVISED, id, tenant,
                new ActivityEvents.ActivityRevised(id, ownerId, kind, title, occurredOn, endedOn, revision, revisedAt,
                        ActivityEvents.TeachingFacts.of(details.teaching()), details.curriculum(), details.scholarship(),
                        details.leadership(), details.award(), details.mentoring())));
        return true;
    }

    void remove(Clock clock) {
        if (removedAt != null) {
            return;
        }
        removedAt = now(clock);
        record(OutboxEvent.of(ActivityEvents.TOPIC, ActivityEvents.REMOVED, id, tenant,
                new ActivityEvents.ActivityRemoved(id, ownerId, kind, removedAt)));
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

    String ownerId() {
        return ownerId;
    }

    ActivityKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    LocalDate occurredOn() {
        return occurredOn;
    }

    LocalDate endedOn() {
        return endedOn;
    }

    ActivityDetails details() {
        return details == null ? new ActivityDetails(null, null, null, null, null, null) : details;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    int revision() {
        return Math.max(revision, 1);
    }

    Instant revisedAt() {
        return revisedAt;
    }

    boolean removed() {
        return removedAt != null;
    }

    List<ActivityRevision> history() {
        return history == null ? List.of() : List.copyOf(history);
    }
}
