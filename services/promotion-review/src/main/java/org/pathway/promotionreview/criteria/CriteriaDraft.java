package org.pathway.promotionreview.criteria;

import java.util.List;

/**
 * Criteria as an institution admin writes them: loose types (strings for enum values, nullable numbers) so that every
 * mistake can be reported against the field that holds it instead of failing inside a JSON reader. Only
 * {@link Criteria#of(CriteriaDraft, int)} turns a draft into criteria the engine will use. Null weights and thresholds
 * (the records or any of their fields) take the defaults.
 */
public record CriteriaDraft(
        String institution,
        String track,
        String targetRank,
        List<RequirementDraft> requirements,
        WeightsDraft weights,
        ThresholdsDraft thresholds) {

    /**
     * One requirement. {@code type} is a {@link RequirementType} name. {@code atLeast} is the count needed (years for
     * SUSTAINED_TEACHING). The filter fields belong to EVIDENCE_COUNT only, {@code leadershipRoles} also to
     * LEADERSHIP_ROLES.
     */
    public record RequirementDraft(
            String id,
            String type,
            String labelOne,
            String labelMany,
            Integer importance,
            Integer atLeast,
            Integer atLeastFirstOrSenior,
            List<String> kinds,
            List<String> scholarshipTypes,
            Boolean peerReviewedOnly,
            String minimumVenue,
            Boolean onNiche,
            List<String> leadershipRoles) {
    }

    public record WeightsDraft(
            Integer coherentSeries,
            Integer nationalWorkshopFaculty,
            Integer highQualityPaper,
            Integer majorDirectorRole,
            Integer lecturesWithStrongEvaluations,
            Integer teachingAward) {
    }

    public record ThresholdsDraft(
            Integer readyFloor,
            Integer borderlineFloor,
            Integer borderlineShortfall,
            Integer coverageSharePercent,
            Integer supportingSignalPercent,
            Integer teachingHalfHours,
            Integer strongEvaluationPercent,
            Integer coherentSeriesSize,
            Integer nationalWorkshopYears) {
    }
}
