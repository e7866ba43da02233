package org.pathway.portfolio.activity;

public enum LearnerLevel {
    MEDICAL_STUDENT,
    RESIDENT,
    FELLOW,
    FACULTY,
    INTERPROFESSIONAL
}
