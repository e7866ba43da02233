package org.pathway.promotionreview.dossier;

/** REQUESTED until the writer uploads (RECEIVED), the hard deadline passes (OVERDUE) or the chair withdraws it. */
enum LetterStatus {
    REQUESTED, RECEIVED, OVERDUE, WITHDRAWN
}
