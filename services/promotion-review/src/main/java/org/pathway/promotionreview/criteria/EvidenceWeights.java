package org.pathway.promotionreview.criteria;

/**
 * How much each kind of evidence moves a committee (perceived value, 0–100). Defaults are DOMAIN.md's table; every
 * institution may override them per criteria version.
 */
public record EvidenceWeights(
        int coherentSeries,
        int nationalWorkshopFaculty,
        int highQualityPaper,
        int majorDirectorRole,
        int lecturesWithStrongEvaluations,
        int teachingAward) {

    public static final EvidenceWeights DEFAULTS = new EvidenceWeights(95, 80, 70, 60, 40, 30);
}
