package org.pathway.portfolio.plan;

import jakarta.validation.constraints.NotNull;

/** Progress tracking: the owner marks a milestone done, drops it, or reopens it. */
record MilestoneStatusRequest(@NotNull MilestoneStatus status) {
}
