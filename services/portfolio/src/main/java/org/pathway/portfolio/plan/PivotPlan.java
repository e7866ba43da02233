package org.pathway.portfolio.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pathway.kit.events.OutboxEvent;
import org.pathway.kit.outbox.OutboxAggregate;
import org.pathway.kit.web.BadRequestBodyException;
import org.pathway.kit.web.FieldError;
import org.pathway.portfolio.plan.PivotPlanRequest.MilestoneRequest;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A faculty member's 12–24 month pivot plan: dated milestones and their progress. One plan per person and
 * institution; the id is {@code <institution>/<userId>}, so two concurrent first writes race on the primary key.
 *
 * <p>Announcing a due milestone flips its {@code dueAnnounced} flag and records MilestoneDue in the same versioned
 * single-document save: of two sweeps (or two replicas) that loaded the same plan only one save matches the version,
 * the other fails and finds the flag set when it looks again. That, not a lock, is what keeps the event exactly-once.
 */
@Document("pivot_plans")
@CompoundIndex(name = "due_milestones", def = "{'milestones.status': 1, 'milestones.dueAnnounced': 1, 'milestones.dueOn': 1}")
class PivotPlan extends OutboxAggregate {

    static final String TOPIC = "portfolio.milestones";
    static final String MILESTONE_DUE = "org.pathway.portfolio.MilestoneDue.v1";
    static final int MIN_HORIZON_MONTHS = 12;
    static final int MAX_HORIZON_MONTHS = 24;
    static final int MAX_MILESTONES = 60;

    enum Origin {
        TEMPLATE,
        SCRATCH
    }

    @Id
    private String id;
    private String tenant;
    private String ownerId;
    private Origin origin;
    private LocalDate startsOn;
    private int horizonMonths;
    private List<Milestone> milestones = new ArrayList<>();
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    private PivotPlan() {
    }

    static String idOf(String tenant, String ownerId) {
        return tenant + "/" + ownerId;
    }

    /** A plan drawn from scratch; the request was validated (horizon, dates within it and in order). */
    static PivotPlan draw(String tenant, String ownerId, PivotPlanRequest request, Clock clock) {
        PivotPlan plan = new PivotPlan(tenant, ownerId, Origin.SCRATCH, clock);
        plan.replace(request, clock);
        return plan;
    }

    static PivotPlan fromTemplate(String tenant, String ownerId, TemplateRequest request, Clock clock) {
        PivotPlan plan = new PivotPlan(tenant, ownerId, Origin.TEMPLATE, clock);
        plan.replace(new PivotPlanRequest(request.startsOn(), request.horizonOrDefault(),
                PivotPlanTemplate.typical(request.startsOn())), clock);
        return plan;
    }

    private PivotPlan(String tenant, String ownerId, Origin origin, Clock clock) {
        this.id = idOf(tenant, ownerId);
        this.tenant = tenant;
        this.ownerId = ownerId;
        this.origin = origin;
        this.createdAt = now(clock);
    }

    /**
     * Redraws the plan. A milestone naming an existing id keeps its identity and whether it was announced: moving its
     * date never announces it a second time. Milestones left out are gone.
     */
    void replace(PivotPlanRequest request, Clock clock) {
        Map<String, Milestone> existing = milestones().stream()
                .collect(Collectors.toMap(Milestone::milestoneId, Function.identity()));
        List<FieldError> unknown = new ArrayList<>();
        List<Milestone> redrawn = new ArrayList<>();
        for (int i = 0; i < request.milestones().size(); i++) {
            MilestoneRequest wanted = request.milestones().get(i);
            MilestoneStatus status = wanted.status() == null ? MilestoneStatus.OPEN : wanted.status();
            if (wanted.id() == null) {
                redrawn.add(new Milestone(UUID.randomUUID().toString(), wanted.title(), wanted.dueOn(), status, false,
                        null));
            } else if (existing.containsKey(wanted.id())) {
                Milestone kept = existing.get(wanted.id());
                redrawn.add(new Milestone(kept.milestoneId(), wanted.title(), wanted.dueOn(), status,
                        kept.dueAnnounced(), kept.dueAnnouncedAt()));
            } else {
                unknown.add(new FieldError("milestones[" + i + "].id", "is not a milestone of this plan"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new BadRequestBodyException("The request has invalid fields", unknown);
        }
        startsOn = request.startsOn();
        horizonMonths = request.horizonMonths();
        milestones = redrawn;
        updatedAt = now(clock);
    }

    /** @return false when the plan has no such milestone */
    boolean mark(String milestoneId, MilestoneStatus status, Clock clock) {
        Optional<Milestone> found = milestone(milestoneId);
        if (found.isEmpty()) {
            return false;
        }
        milestones = milestones().stream()
                .map(m -> m.milestoneId().equals(milestoneId) ? m.withStatus(status) : m).toList();
        updatedAt = now(clock);
        return true;
    }

    /**
     * Announces every milestone that is due today (UTC) or earlier and still open, each once: the flag and the event
     * are written by the same save.
     *
     * @return how many milestones were announced
     */
    int announceDue(Clock clock) {
        LocalDate today = today(clock);
        Instant now = now(clock);
        int announced = 0;
        List<Milestone> updated = new ArrayList<>();
        for (Milestone milestone : milestones()) {
            if (milestone.dueBy(today)) {
                updated.add(milestone.announced(now));
                recordAt(now, new MilestoneDue(ownerId, milestone.milestoneId(), milestone.title(), milestone.dueOn(),
                        startsOn, endsOn(), now));
                announced++;
            } else {
                updated.add(milestone);
            }
        }
        milestones = updated;
        return announced;
    }

    /**
     * Stamped with the service's clock rather than the wall clock, so the outbox sweep's grace period and the
     * announcement agree on what "now" is, also when a test pins time.
     */
    private void recordAt(Instant at, MilestoneDue payload) {
        OutboxEvent event = OutboxEvent.of(TOPIC, MILESTONE_DUE, ownerId, tenant, payload);
        record(new OutboxEvent(event.id(), event.type(), event.topic(), event.subject(), event.tenant(), at,
                event.payload()));
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    Optional<Milestone> milestone(String milestoneId) {
        return milestones().stream().filter(m -> m.milestoneId().equals(milestoneId)).findFirst();
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

    Origin origin() {
        return origin;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return startsOn.plusMonths(horizonMonths);
    }

    int horizonMonths() {
        return horizonMonths;
    }

    List<Milestone> milestones() {
        return milestones == null ? List.of() : List.copyOf(milestones);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /**
     * The integration event's payload (contract: events/portfolio/MilestoneDue.v1.schema.json). Keyed by the owner's
     * user id, so one person's announcements stay in order.
     */
    record MilestoneDue(String userId, String milestoneId, String title, LocalDate dueOn, LocalDate planStartsOn,
            LocalDate planEndsOn, Instant announcedAt) {
    }
}
