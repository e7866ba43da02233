package org.pathway.promotionreview.assessment;

import java.time.Instant;
import java.util.List;

import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;
import org.pathway.promotionreview.readiness.ReadinessStatus;

/**
 * {@code org.pathway.promotion-review.ReadinessAssessed.v1} on {@code promotion.readiness}, key = facultyId: a
 * candidate's readiness status or score changed. Contract:
 * {@code services/event-contracts/.../events/promotion-review/ReadinessAssessed.v1.schema.json}.
 *
 * @param previousStatus null on a candidate's first assessment
 * @param gaps           what is still missing, in words, the one costing the most score first
 */
record ReadinessAssessed(
        String facultyId,
        Track track,
        Rank targetRank,
        int criteriaVersion,
        ReadinessStatus status,
        int score,
        ReadinessStatus previousStatus,
        Integer previousScore,
        int requirementsMet,
        int requirementsUnmet,
        List<GapDescription> gaps,
        Instant assessedAt) {

    record GapDescription(String requirementId, int shortfall, String text) {
    }
}
