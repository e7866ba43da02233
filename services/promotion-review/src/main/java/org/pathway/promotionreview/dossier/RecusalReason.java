package org.pathway.promotionreview.dossier;

/** DECLARED by the member (or recorded by the chair for them); CO_AUTHORSHIP detected from the frozen publications. */
enum RecusalReason {
    DECLARED, CO_AUTHORSHIP
}
