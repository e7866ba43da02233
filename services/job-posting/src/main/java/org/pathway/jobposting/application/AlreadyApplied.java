package org.pathway.jobposting.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The candidate already has an application to the posting that is not withdrawn; 409, naming it. */
class AlreadyApplied extends ErrorResponseException {

    AlreadyApplied(String applicationId, ApplicationStage stage) {
        super(HttpStatus.CONFLICT, problem(applicationId, stage), null);
    }

    private static ProblemDetail problem(String applicationId, ApplicationStage stage) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, stage == ApplicationStage.REJECTED
                ? "your application to this posting was declined; it cannot be submitted again"
                : "you already applied to this posting; withdraw that application to submit a new one");
        problem.setTitle("Already applied");
        problem.setProperty("applicationId", applicationId);
        problem.setProperty("stage", stage);
        return problem;
    }
}
