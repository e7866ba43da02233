package org.pathway.portfolio.importing;

import java.util.List;

import org.pathway.kit.web.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An import that cannot go on, as an RFC 9457 problem naming the identifier or file the client sent. */
class ImportProblem extends ErrorResponseException {

    private ImportProblem(HttpStatus status, String detail, List<FieldError> errors, Throwable cause) {
        super(status, problem(status, detail, errors), cause);
    }

    private static ProblemDetail problem(HttpStatus status, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    static ImportProblem invalid(String field, String message) {
        return new ImportProblem(HttpStatus.BAD_REQUEST, "Invalid value for '" + field + "'",
                List.of(new FieldError(field, message)), null);
    }

    static ImportProblem notFound(String source, String field, String identifier) {
        return new ImportProblem(HttpStatus.NOT_FOUND, source + " knows no work " + identifier,
                List.of(new FieldError(field, "not found at " + source)), null);
    }

    static ImportProblem badGateway(String source, String field, String what, Throwable cause) {
        return new ImportProblem(HttpStatus.BAD_GATEWAY, source + " " + what + "; try again later",
                List.of(new FieldError(field, source + " is not answering properly")), cause);
    }

    static ImportProblem timeout(String source, String field, Throwable cause) {
        return new ImportProblem(HttpStatus.GATEWAY_TIMEOUT, source + " did not answer in time; try again later",
                List.of(new FieldError(field, source + " timed out")), cause);
    }

    /** A file with errors: each one with its row and column, and nothing stored. */
    static ImportProblem rows(List<?> rowErrors) {
        ImportProblem problem = new ImportProblem(HttpStatus.BAD_REQUEST,
                rowErrors.size() + " problem(s) in the file; nothing was stored", List.of(new FieldError("file",
                        "has rows with errors (see rowErrors); correct them and upload the whole file again")), null);
        problem.getBody().setProperty("rowErrors", rowErrors);
        return problem;
    }

    static ImportProblem duplicate(String field, String activityId) {
        ImportProblem problem = new ImportProblem(HttpStatus.CONFLICT, "This work is already in your portfolio",
                List.of(new FieldError(field, "already in your portfolio")), null);
        problem.getBody().setProperty("activityId", activityId);
        return problem;
    }
}
