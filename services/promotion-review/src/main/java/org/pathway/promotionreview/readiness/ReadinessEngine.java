package org.pathway.promotionreview.readiness;

import org.pathway.promotionreview.criteria.Criteria;

/**
 * The readiness engine: evidence and criteria in, report out. Pure — no Spring, no I/O, no clock, no randomness — so
 * the same inputs always give the same report and any caller (event consumer, preview of a draft criteria version,
 * dossier snapshot) can run it freely. The scoring model is documented in READINESS.md.
 */
public final class ReadinessEngine {

    private ReadinessEngine() {
    }

    public static ReadinessReport assess(CandidateEvidence candidate, Criteria criteria) {
        return forCriteria(criteria).assess(candidate);
    }

    /** Compiles the criteria once; use it to assess many candidates against the same version. */
    public static ReadinessAssessor forCriteria(Criteria criteria) {
        return new ReadinessAssessor(criteria);
    }
}
