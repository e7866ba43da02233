package org.pathway.promotionreview.readiness;

public enum RequirementOutcome {
    MET,
    UNMET,
    /** Cannot be judged yet (external letters before a dossier solicited them); left out of status and score. */
    DEFERRED
}
