package org.pathway.portfolio.activity;

/** Education leadership and committee roles (DOMAIN.md, "Leadership and service"). */
public enum LeadershipRole {
    COURSE_DIRECTOR,
    BLOCK_DIRECTOR,
    CLERKSHIP_DIRECTOR,
    PROGRAM_DIRECTOR,
    ASSOCIATE_PROGRAM_DIRECTOR,
    FELLOWSHIP_DIRECTOR,
    SIMULATION_DIRECTOR,
    SKILLS_LAB_LEAD,
    UME_DIRECTOR,
    VICE_CHAIR_EDUCATION,
    COMMITTEE_CHAIR,
    COMMITTEE_MEMBER
}
