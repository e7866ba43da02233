package org.pathway.promotionreview.dossier;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A step the dossier's state does not allow (vote already closed, letter already received, ...): a 409 problem. */
class DossierConflict extends ErrorResponseException {

    DossierConflict(String detail) {
        super(HttpStatus.CONFLICT, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Not possible in the dossier's current state");
        return problem;
    }
}
