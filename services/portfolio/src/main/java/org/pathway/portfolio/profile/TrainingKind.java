package org.pathway.portfolio.profile;

public enum TrainingKind {
    CERTIFICATE,
    FACULTY_DEVELOPMENT_SERIES,
    MASTERS,
    FELLOWSHIP
}
