package org.pathway.portfolio.profile;

public enum Track {
    RESEARCH_TENURE,
    CLINICIAN_EDUCATOR,
    CLINICAL
}
