package org.pathway.promotionreview.criteria;

/**
 * Education leadership and service roles, named as the portfolio publishes them ({@code portfolio.activities} v1).
 * A national committee role is a committee role at a national or international level.
 */
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
    COMMITTEE_MEMBER;

    /** The "major local course or clerkship director role" of DOMAIN.md, extended to every education director role. */
    public boolean isMajorDirectorRole() {
        return !isCommitteeRole();
    }

    /** Directing a course, block or clerkship means teaching in it every year the role is held. */
    public boolean isTeachingDirectorRole() {
        return this == COURSE_DIRECTOR || this == BLOCK_DIRECTOR || this == CLERKSHIP_DIRECTOR;
    }

    public boolean isCommitteeRole() {
        return this == COMMITTEE_CHAIR || this == COMMITTEE_MEMBER;
    }
}
