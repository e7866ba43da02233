package org.pathway.jobposting.application;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A step the application's stage does not allow; the kit renders it as a 409 problem. */
class StageRefused extends ErrorResponseException {

    StageRefused(String action, ApplicationStage stage) {
        super(HttpStatus.CONFLICT, problem(action, stage), null);
    }

    private static ProblemDetail problem(String action, ApplicationStage stage) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "cannot " + action + " an application that is " + stage.name().toLowerCase().replace('_', ' '));
        problem.setTitle("Application stage conflict");
        problem.setProperty("stage", stage);
        return problem;
    }
}
