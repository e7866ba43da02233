package org.pathway.jobposting.posting;

/** draft → published → closed; nothing goes back. */
public enum PostingStatus {
    DRAFT, PUBLISHED, CLOSED
}
