package org.pathway.mentoringmatch.scoring;

/** Career stage as academic rank, in order (the same values as portfolio's ProfileUpdated v1 {@code rank}). */
public enum AcademicRank {
    INSTRUCTOR,
    ASSISTANT_PROFESSOR,
    ASSOCIATE_PROFESSOR,
    PROFESSOR;

    /** Mentees from this rank on are building a national reputation, which an external mentor helps most. */
    boolean buildsNationalPresence() {
        return compareTo(ASSISTANT_PROFESSOR) >= 0;
    }
}
