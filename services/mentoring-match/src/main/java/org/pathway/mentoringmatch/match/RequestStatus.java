package org.pathway.mentoringmatch.match;

/** OPEN: waiting for a mentor; PROPOSED: one proposal outstanding; MATCHED: a mentor accepted. */
enum RequestStatus {
    OPEN,
    PROPOSED,
    MATCHED
}
