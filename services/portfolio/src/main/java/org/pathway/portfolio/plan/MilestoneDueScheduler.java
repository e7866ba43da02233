package org.pathway.portfolio.plan;

import java.time.Clock;
import java.util.List;

import org.pathway.kit.schedule.PeriodicTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Announces milestones that fell due. It keeps no state of its own: what is due and what was announced live in the
 * plans, so a restarted replica picks up where any replica left off, and every replica may sweep at once. Exactly-once
 * comes from the plan's versioned save (see {@link PivotPlan}): a sweep that loses the race simply announces nothing.
 */
class MilestoneDueScheduler extends PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(MilestoneDueScheduler.class);

    private final PivotPlanRepository plans;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final MilestoneProperties properties;

    MilestoneDueScheduler(PivotPlanRepository plans, MongoTemplate mongo, Clock clock, MilestoneProperties properties) {
        super("milestone-due", properties.sweepInterval(), properties.sweepEnabled());
        this.plans = plans;
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
    }

    /** One pass; returns how many milestones this pass announced. */
    int sweep() {
        Query due = Query.query(Criteria.where("milestones").elemMatch(Criteria.where("status").is(MilestoneStatus.OPEN)
                .and("dueAnnounced").is(false).and("dueOn").lte(PivotPlan.today(clock))))
                .limit(properties.sweepBatchSize());
        List<PivotPlan> candidates = mongo.find(due, PivotPlan.class);
        int announced = 0;
        for (PivotPlan plan : candidates) {
            int count = plan.announceDue(clock);
            if (count == 0) {
                continue;
            }
            try {
                plans.save(plan);
                announced += count;
            } catch (OptimisticLockingFailureException raced) {
                // Another replica announced first, or the owner just edited the plan: the next sweep looks again.
                log.debug("Pivot plan {} changed during the sweep; left to the next one", plan.id());
            }
        }
        return announced;
    }

    @Override
    protected String runOnce() {
        int announced = sweep();
        return announced > 0 ? "announced " + announced + " due milestone(s)" : null;
    }
}
