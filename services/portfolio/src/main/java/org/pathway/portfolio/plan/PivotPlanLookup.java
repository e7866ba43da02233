package org.pathway.portfolio.plan;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The owner's pivot plan for the owner's own export; the plan is private, so callers must have checked ownership. */
@Component
public class PivotPlanLookup {

    private final PivotPlanRepository plans;

    PivotPlanLookup(PivotPlanRepository plans) {
        this.plans = plans;
    }

    public Optional<PivotPlanView> of(String tenant, String ownerId) {
        return plans.findByIdAndTenantAndOwnerId(PivotPlan.idOf(tenant, ownerId), tenant, ownerId)
                .map(PivotPlanView::of);
    }
}
