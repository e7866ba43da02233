package org.pathway.promotionreview.readiness;

import java.util.List;

import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;

/**
 * The readiness of one candidate against one criteria version. A value: equal inputs give an equal report, lists
 * included.
 *
 * @param requirements  in the criteria's order
 * @param gaps          one per unmet requirement, the one costing the most score first
 * @param convertible   by kind, then evidence id
 */
public record ReadinessReport(
        String facultyId,
        String institution,
        Track track,
        Rank targetRank,
        int criteriaVersion,
        ReadinessStatus status,
        int score,
        ScoreBreakdown breakdown,
        List<RequirementResult> requirements,
        List<Gap> gaps,
        Coherence coherence,
        List<Convertible> convertible) {

    public ReadinessReport {
        requirements = List.copyOf(requirements);
        gaps = List.copyOf(gaps);
        convertible = List.copyOf(convertible);
    }

    /** The requirement id of the biggest gap, or null when nothing is missing. */
    public String primaryGap() {
        return gaps.isEmpty() ? null : gaps.get(0).requirementId();
    }
}
