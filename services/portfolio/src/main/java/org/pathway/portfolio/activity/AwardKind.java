package org.pathway.portfolio.activity;

public enum AwardKind {
    STUDENT_VOTED_TEACHING,
    INSTITUTIONAL_TEACHING,
    EDUCATION_SOCIETY,
    SCHOLARSHIP,
    OTHER
}
