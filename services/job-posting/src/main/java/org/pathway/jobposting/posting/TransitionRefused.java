package org.pathway.jobposting.posting;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A lifecycle step the posting's status does not allow; the kit renders it as a 409 problem. */
class TransitionRefused extends ErrorResponseException {

    TransitionRefused(String action, PostingStatus status) {
        super(HttpStatus.CONFLICT, problem(action, status), null);
    }

    private static ProblemDetail problem(String action, PostingStatus status) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "cannot " + action + " a posting that is " + status.name().toLowerCase());
        problem.setTitle("Posting lifecycle conflict");
        problem.setProperty("postingStatus", status);
        return problem;
    }
}
