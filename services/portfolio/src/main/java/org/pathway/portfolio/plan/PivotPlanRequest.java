package org.pathway.portfolio.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pathway.kit.web.SelfChecked;
import org.pathway.kit.web.SelfChecking;

/**
 * A whole plan as its owner draws it from scratch or redraws it: start, horizon and the milestones in date order.
 * A milestone that names the {@code id} of one already in the plan is that milestone, edited (it keeps whether it was
 * announced); one without an id is new. Owner, institution and announcement state are never bound from a body.
 */
@SelfChecked
record PivotPlanRequest(
        @NotNull LocalDate startsOn,
        @NotNull @Min(PivotPlan.MIN_HORIZON_MONTHS) @Max(PivotPlan.MAX_HORIZON_MONTHS) Integer horizonMonths,
        @NotNull @Size(min = 1, max = PivotPlan.MAX_MILESTONES) List<@NotNull @Valid MilestoneRequest> milestones)
        implements SelfChecking {

    record MilestoneRequest(
            @Size(max = 64) String id,
            @NotBlank @Size(max = 200) String title,
            @NotNull LocalDate dueOn,
            MilestoneStatus status) {
    }

    /** Every due date within the horizon and not before the one listed before it; no milestone listed twice. */
    @Override
    public Map<String, String> inconsistencies() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (milestones == null) {
            return problems;
        }
        LocalDate endsOn = startsOn == null || horizonMonths == null ? null : startsOn.plusMonths(horizonMonths);
        LocalDate previous = null;
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < milestones.size(); i++) {
            MilestoneRequest milestone = milestones.get(i);
            if (milestone == null) {
                continue;
            }
            String field = "milestones[" + i + "]";
            if (milestone.id() != null && !ids.add(milestone.id())) {
                problems.put(field + ".id", "lists the same milestone twice");
            }
            LocalDate dueOn = milestone.dueOn();
            if (dueOn == null) {
                continue;
            }
            if (endsOn != null && (dueOn.isBefore(startsOn) || dueOn.isAfter(endsOn))) {
                problems.put(field + ".dueOn", "must be within the plan, from " + startsOn + " to " + endsOn);
            } else if (previous != null && dueOn.isBefore(previous)) {
                problems.put(field + ".dueOn", "must not be before the milestone listed before it (" + previous + ")");
            }
            previous = dueOn;
        }
        return problems;
    }
}
