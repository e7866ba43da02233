package org.pathway.portfolio.profile;

public enum AcademicRank {
    INSTRUCTOR,
    ASSISTANT_PROFESSOR,
    ASSOCIATE_PROFESSOR,
    PROFESSOR
}
