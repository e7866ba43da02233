package org.pathway.jobposting.posting;

/** Formal education training, the kinds the portfolio records in a profile's {@code formalTraining}. */
public enum TrainingKind {
    CERTIFICATE, FACULTY_DEVELOPMENT_SERIES, MASTERS, FELLOWSHIP
}
