package org.pathway.jobposting.posting;

/**
 * Education-heavy roles (DOMAIN.md "Job postings"), spelled as the portfolio's {@code targetRoles} so a candidate's
 * targets compare with a posting's role without a mapping table.
 */
public enum RoleType {
    CLERKSHIP_DIRECTOR("Clerkship director"),
    BLOCK_DIRECTOR("Block director"),
    COURSE_DIRECTOR("Course director"),
    PROGRAM_DIRECTOR("Residency program director"),
    ASSOCIATE_PROGRAM_DIRECTOR("Associate program director"),
    FELLOWSHIP_DIRECTOR("Fellowship director"),
    SIMULATION_DIRECTOR("Simulation director"),
    SKILLS_LAB_LEAD("Skills lab lead"),
    MED_ED_SCHOLAR("Medical education scholar"),
    UME_DIRECTOR("Director of undergraduate medical education"),
    VICE_CHAIR_EDUCATION("Vice chair for education");

    private final String label;

    RoleType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
