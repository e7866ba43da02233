package org.pathway.mentoringmatch.match;

/** A proposal's life: open while PROPOSED or INFO_REQUESTED, then closed for good. */
enum MatchStatus {
    PROPOSED,
    INFO_REQUESTED,
    ACCEPTED,
    DECLINED,
    EXPIRED;

    boolean open() {
        return this == PROPOSED || this == INFO_REQUESTED;
    }
}
