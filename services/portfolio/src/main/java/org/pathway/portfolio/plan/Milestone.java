package org.pathway.portfolio.plan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One dated step of a pivot plan. {@code dueAnnounced} is set, once and for good, in the same write that records the
 * MilestoneDue event: it is what makes the announcement exactly-once, so no edit of the plan ever clears it.
 */
record Milestone(String milestoneId, String title, LocalDate dueOn, MilestoneStatus status, boolean dueAnnounced,
        Instant dueAnnouncedAt) {

    boolean dueBy(LocalDate today) {
        return status == MilestoneStatus.OPEN && !dueAnnounced && !dueOn.isAfter(today);
    }

    Milestone announced(Instant at) {
        return new Milestone(milestoneId, title, dueOn, status, true, at);
    }

    Milestone withStatus(MilestoneStatus newStatus) {
        return new Milestone(milestoneId, title, dueOn, newStatus, dueAnnounced, dueAnnouncedAt);
    }
}
