package org.pathway.jobposting.posting;

import jakarta.validation.constraints.Size;

/**
 * The five questions a candidate must ask before signing (DOMAIN.md), answered by the posting institution. A blank
 * answer is an unanswered question, and the posting's transparency says so.
 */
public record CandidateAnswers(
        @Size(max = 2000) String clinicalHalfDays,
        @Size(max = 2000) String educationFteMeaning,
        @Size(max = 2000) String scheduleControl,
        @Size(max = 2000) String promotionAndSalary,
        @Size(max = 2000) String lastPersonInRole) {

    public static final CandidateAnswers NONE = new CandidateAnswers(null, null, null, null, null);
}
