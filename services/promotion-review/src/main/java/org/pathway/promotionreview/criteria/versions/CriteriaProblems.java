package org.pathway.promotionreview.criteria.versions;

import java.util.List;

import org.pathway.kit.web.FieldError;
import org.pathway.promotionreview.criteria.Criteria;
import org.pathway.promotionreview.criteria.InvalidCriteriaException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Criteria mistakes as the kit's RFC 9457 shape: a 400 whose {@code errors} name every offending field. */
public final class CriteriaProblems {

    private CriteriaProblems() {
    }

    public static ErrorResponseException invalid(InvalidCriteriaException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The criteria contradict themselves in " + e.violations().size() + " place"
                        + (e.violations().size() == 1 ? "" : "s"));
        List<FieldError> errors = e.violations().stream().map(v -> new FieldError(v.path(), v.message())).toList();
        problem.setProperty("errors", errors);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, e);
    }
}
