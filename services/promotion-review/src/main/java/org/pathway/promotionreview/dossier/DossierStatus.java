package org.pathway.promotionreview.dossier;

/**
 * Where a dossier stands. OPEN: being assembled, nothing frozen. SUBMITTED: evidence frozen, reviewers and letters
 * being gathered, the vote open. VOTE_CLOSED: votes final, awaiting the chair's decision. DECIDED: nothing changes any
 * more.
 */
enum DossierStatus {
    OPEN, SUBMITTED, VOTE_CLOSED, DECIDED
}
