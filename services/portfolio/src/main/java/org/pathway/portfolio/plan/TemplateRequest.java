package org.pathway.portfolio.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Start a plan from the typical template; its last milestones fall at month 18, so the horizon covers at least that. */
record TemplateRequest(
        @NotNull LocalDate startsOn,
        @Min(PivotPlanTemplate.TEMPLATE_MONTHS) @Max(PivotPlan.MAX_HORIZON_MONTHS) Integer horizonMonths) {

    int horizonOrDefault() {
        return horizonMonths == null ? PivotPlanTemplate.TEMPLATE_MONTHS : horizonMonths;
    }
}
