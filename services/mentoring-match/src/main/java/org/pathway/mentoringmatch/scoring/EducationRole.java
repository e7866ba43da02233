package org.pathway.mentoringmatch.scoring;

/**
 * The education-role taxonomy: roles a mentor holds and roles a mentee aims for. The same values as portfolio's
 * ProfileUpdated v1 {@code targetRoles}, so a mentee's target roles compare directly with a mentor's roles.
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
