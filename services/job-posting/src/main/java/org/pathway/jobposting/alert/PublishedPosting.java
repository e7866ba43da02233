package org.pathway.jobposting.alert;

import org.pathway.jobposting.posting.PostingFacts;

/** A posting just published, as the alert matcher needs it (from PostingPublished). */
public record PublishedPosting(String postingId, String institution, String title, PostingFacts facts) {
}
