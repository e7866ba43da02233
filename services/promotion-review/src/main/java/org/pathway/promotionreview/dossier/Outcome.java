package org.pathway.promotionreview.dossier;

/** The committee's decision, as DossierDecided v1 names it. */
enum Outcome {
    PROMOTED, NOT_PROMOTED, DEFERRED
}
