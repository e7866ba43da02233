package org.pathway.promotionreview.criteria;

/** Promotion tracks. CLINICIAN_EDUCATOR is the education / clinician-educator track of DOMAIN.md. */
public enum Track {
    RESEARCH, CLINICIAN_EDUCATOR, CLINICAL
}
