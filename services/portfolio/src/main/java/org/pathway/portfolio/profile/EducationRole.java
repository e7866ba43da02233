package org.pathway.portfolio.profile;

/**
 * The education roles a faculty member can aim for (DOMAIN.md, "The people" and "Job postings"). Mentoring-match and
 * job-posting read them from ProfileUpdated, so values are only ever added.
 */
public enum EducationRole {
    CLERKSHIP_DIRECTOR,
    BLOCK_DIRECTOR,
    COURSE_DIRECTOR,
    PROGRAM_DIRECTOR,
    ASSOCIATE_PROGRAM_DIRECTOR,
    FELLOWSHIP_DIRECTOR,
    SIMULATION_DIRECTOR,
    SKILLS_LAB_LEAD,
    MED_ED_SCHOLAR,
    UME_DIRECTOR,
    VICE_CHAIR_EDUCATION
}
