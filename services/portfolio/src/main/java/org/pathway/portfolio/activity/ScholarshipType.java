package org.pathway.portfolio.activity;

/** The education products a promotion committee counts as scholarship (DOMAIN.md, "Scholarship"). */
public enum ScholarshipType {
    PEER_REVIEWED_ARTICLE,
    MEDEDPORTAL_PUBLICATION,
    SIMULATION_CURRICULUM,
    ASSESSMENT_TOOL,
    PROGRAM_EVALUATION,
    QUALITATIVE_STUDY,
    POSTER,
    WORKSHOP,
    INVITED_TALK
}
