package org.pathway.portfolio.plan;

/** Where a milestone stands. Only an OPEN milestone falls due; a DROPPED one no longer counts towards progress. */
public enum MilestoneStatus {
    OPEN,
    DONE,
    DROPPED
}
