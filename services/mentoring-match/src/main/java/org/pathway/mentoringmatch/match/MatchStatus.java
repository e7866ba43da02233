package org.pathway.mentoringmatch.match;

/**
 * A proposal's life: open while PROPOSED or INFO_REQUESTED, then closed for good; an ACCEPTED one holds a place of
 * the mentor's capacity until either side ENDS it.
 */
enum MatchStatus {
    PROPOSED,
    INFO_REQUESTED,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    ENDED;

    boolean open() {
        return this == PROPOSED || this == INFO_REQUESTED;
    }
}
