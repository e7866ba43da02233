package org.pathway.portfolio.plan;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pathway.portfolio.milestones.*}: how often each replica looks for milestones that fell due. Due dates are
 * days, so a short interval only matters for tests; a replica that was down catches up on its first sweep.
 */
@ConfigurationProperties("pathway.portfolio.milestones")
record MilestoneProperties(
        @DefaultValue("true") boolean sweepEnabled,
        @DefaultValue("1m") Duration sweepInterval,
        @DefaultValue("100") int sweepBatchSize) {
}
