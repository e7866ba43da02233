package org.pathway.promotionreview.criteria;

/**
 * The knobs of the readiness scoring model (see READINESS.md). All are overridable per criteria version.
 *
 * @param readyFloor               lowest score of a READY report (READY band is readyFloor..100)
 * @param borderlineFloor          lowest score of a BORDERLINE report (band borderlineFloor..readyFloor-1)
 * @param borderlineShortfall      a dossier is BORDERLINE when no unmet requirement is short by more than this many items
 * @param coverageSharePercent     share of the raw score that comes from requirement coverage; the rest is evidence strength
 * @param supportingSignalPercent  each further evidence signal, strongest first, counts this percent of the previous one
 * @param teachingHalfHours        every this many teaching hours halves what more teaching can still add
 * @param strongEvaluationPercent  an evaluation mean at or above this percent of its scale is "strong"
 * @param coherentSeriesSize       peer-reviewed education products on the niche that make a coherent series
 * @param nationalWorkshopYears    years of national workshop faculty that earn the full workshop weight
 */
public record ScoringThresholds(
        int readyFloor,
        int borderlineFloor,
        int borderlineShortfall,
        int coverageSharePercent,
        int supportingSignalPercent,
        int teachingHalfHours,
        int strongEvaluationPercent,
        int coherentSeriesSize,
        int nationalWorkshopYears) {

    public static final ScoringThresholds DEFAULTS = new ScoringThresholds(70, 50, 1, 70, 25, 20, 80, 3, 3);
}
