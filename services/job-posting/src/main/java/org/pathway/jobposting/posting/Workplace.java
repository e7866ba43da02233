package org.pathway.jobposting.posting;

/** Where the work happens. */
public enum Workplace {
    ON_SITE, HYBRID, REMOTE
}
