package org.pathway.portfolio.profile;

/** Master's degrees in health professions education. */
public enum MastersDegree {
    MHPE,
    MMEd,
    MEd
}
