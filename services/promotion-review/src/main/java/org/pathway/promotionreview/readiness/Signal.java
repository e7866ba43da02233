package org.pathway.promotionreview.readiness;

/** The kinds of evidence DOMAIN.md gives a perceived value, each weighted by the criteria's {@code EvidenceWeights}. */
public enum Signal {
    COHERENT_SERIES,
    NATIONAL_WORKSHOP_FACULTY,
    HIGH_QUALITY_PAPER,
    MAJOR_DIRECTOR_ROLE,
    LECTURES_WITH_STRONG_EVALUATIONS,
    TEACHING_AWARD
}
