package org.pathway.portfolio.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.pathway.kit.events.OutboxEvent;
import org.pathway.kit.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One piece of a faculty member's education evidence. Owned by one person of one institution. */
@Document("activities")
@CompoundIndex(name = "tenant_owner", def = "{'tenant': 1, 'ownerId': 1, 'occurredOn': -1}")
class Activity extends OutboxAggregate {

    static final String TOPIC = "portfolio.activities";
    /** CloudEvents type: producer, event and contract version (events/portfolio/ActivityRecorded.v1.schema.json). */
    static final String ACTIVITY_RECORDED = "org.pathway.portfolio.ActivityRecorded.v1";

    @Id
    private String id;
    private String tenant;
    private String ownerId;
    private ActivityKind kind;
    private String title;
    private LocalDate occurredOn;
    private LocalDate endedOn;
    private Instant recordedAt;
    @Version
    private Long version;

    private Activity() {
    }

    static Activity record(String tenant, String ownerId, RecordActivityRequest request, Clock clock) {
        Activity activity = new Activity();
        activity.id = UUID.randomUUID().toString();
        activity.tenant = tenant;
        activity.ownerId = ownerId;
        activity.kind = request.kind();
        activity.title = request.title().strip();
        activity.occurredOn = request.occurredOn();
        activity.endedOn = request.endedOn();
        activity.recordedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        activity.record(OutboxEvent.of(TOPIC, ACTIVITY_RECORDED, activity.id, tenant,
                new ActivityRecorded(activity.id, ownerId, activity.kind, activity.title, activity.occurredOn,
                        activity.endedOn, activity.recordedAt)));
        return activity;
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

    Instant recordedAt() {
        return recordedAt;
    }

    /** The integration event's payload (contract: events/portfolio/ActivityRecorded.v1.schema.json). */
    record ActivityRecorded(String activityId, String facultyId, ActivityKind kind, String title, LocalDate occurredOn,
            LocalDate endedOn, Instant recordedAt) {
    }
}
