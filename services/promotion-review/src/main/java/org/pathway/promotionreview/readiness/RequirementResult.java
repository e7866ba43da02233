package org.pathway.promotionreview.readiness;

import java.util.List;

import org.pathway.promotionreview.criteria.RequirementType;

/**
 * How one requirement fared.
 *
 * @param found                 items (or years, or letters) counted
 * @param foundFirstOrSenior    of those, first or senior authored (0 when the requirement has no authorship quota)
 * @param shortfall             how many more items it takes to meet it, authorship quota included
 * @param fulfilmentPercent     the requirement's coverage used in the score (see READINESS.md)
 * @param evidenceIds           the evidence counted, sorted; empty for letters
 */
public record RequirementResult(
        String requirementId,
        RequirementType type,
        String description,
        RequirementOutcome outcome,
        int found,
        int needed,
        int foundFirstOrSenior,
        int neededFirstOrSenior,
        int shortfall,
        int importance,
        int fulfilmentPercent,
        List<String> evidenceIds) {

    public RequirementResult {
        evidenceIds = List.copyOf(evidenceIds);
    }

    public boolean met() {
        return outcome == RequirementOutcome.MET;
    }
}
