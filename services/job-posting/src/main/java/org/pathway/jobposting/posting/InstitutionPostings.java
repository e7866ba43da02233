package org.pathway.jobposting.posting;

import org.springframework.stereotype.Component;

/** Which postings belong to an institution, for features that act on an institution's own postings. */
@Component
public class InstitutionPostings {

    private final PostingRepository postings;

    InstitutionPostings(PostingRepository postings) {
        this.postings = postings;
    }

    /** True for any posting of {@code institution}, draft or not; another institution's is false. */
    public boolean owns(String institution, String postingId) {
        return postings.existsByIdAndTenant(postingId, institution);
    }
}
