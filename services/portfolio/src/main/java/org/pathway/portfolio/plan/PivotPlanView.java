package org.pathway.portfolio.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The owner's view of their plan, with progress: the share of the milestones still in play that are done. */
public record PivotPlanView(PivotPlan.Origin origin, LocalDate startsOn, LocalDate endsOn, int horizonMonths,
        List<MilestoneView> milestones, Progress progress, Instant createdAt, Instant updatedAt) {

    public record MilestoneView(String id, String title, LocalDate dueOn, MilestoneStatus status, boolean dueAnnounced) {
    }

    /** {@code shareDone} = done / (open + done); dropped milestones no longer count either way. */
    public record Progress(int open, int done, int dropped, double shareDone) {

        static Progress of(List<Milestone> milestones) {
            int open = count(milestones, MilestoneStatus.OPEN);
            int done = count(milestones, MilestoneStatus.DONE);
            int dropped = count(milestones, MilestoneStatus.DROPPED);
            double share = open + done == 0 ? 0.0 : Math.round(1000.0 * done / (open + done)) / 1000.0;
            return new Progress(open, done, dropped, share);
        }

        private static int count(List<Milestone> milestones, MilestoneStatus status) {
            return (int) milestones.stream().filter(m -> m.status() == status).count();
        }
    }

    static PivotPlanView of(PivotPlan plan) {
        List<Milestone> milestones = plan.milestones();
        return new PivotPlanView(plan.origin(), plan.startsOn(), plan.endsOn(), plan.horizonMonths(),
                milestones.stream().map(m -> new MilestoneView(m.milestoneId(), m.title(), m.dueOn(), m.status(),
                        m.dueAnnounced())).toList(),
                Progress.of(milestones), plan.createdAt(), plan.updatedAt());
    }
}
