package org.pathway.kit.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * RFC 9457 problem details for every error a controller can raise. Spring's base class covers 404, 405, 406, 415,
 * missing parameters and the like; this adds the offending fields ({@code errors: [{field, message}]}) for
 * validation and binding failures, reads Jackson 3's exceptions ({@code tools.jackson.*}) for malformed JSON,
 * unknown properties and wrong types, and answers anything unexpected with a bare 500 that reveals no internals.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "The request has invalid fields");
        problem.setProperty("errors", errors(ex.getBindingResult()));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String parameter = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(new FieldError(
                    error instanceof org.springframework.validation.FieldError field ? field.getField() : parameter,
                    error.getDefaultMessage())));
        });
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "The request has invalid values");
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        Throwable cause = ex.getCause();
        if (cause instanceof PropertyBindingException unknown) {
            String field = path(unknown);
            problem.setDetail("Unknown property '" + field + "'");
            problem.setProperty("errors", List.of(new FieldError(field, "unknown property")));
        } else if (cause instanceof InvalidFormatException invalid) {
            String field = path(invalid);
            String message = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                    ? "must be one of " + Arrays.stream(invalid.getTargetType().getEnumConstants()).map(String::valueOf)
                            .collect(Collectors.joining(", "))
                    : "must be a valid " + simpleType(invalid.getTargetType());
            problem.setDetail("Invalid value for '" + field + "'");
            problem.setProperty("errors", List.of(new FieldError(field, message)));
        } else if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = path(mismatched);
            problem.setDetail("Invalid value for '" + field + "'");
            problem.setProperty("errors", List.of(new FieldError(field, "must be a valid "
                    + simpleType(mismatched.getTargetType()))));
        } else if (cause instanceof StreamReadException malformed) {
            problem.setDetail("Malformed JSON" + (malformed.getLocation() != null
                    ? " at line " + malformed.getLocation().getLineNr() + ", column " + malformed.getLocation().getColumnNr()
                    : ""));
        } else if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = path(jackson);
            problem.setDetail("Invalid value for '" + field + "'");
            problem.setProperty("errors", List.of(new FieldError(field, "invalid value")));
        } else if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
            problem.setDetail("The request body is missing");
        } else {
            problem.setDetail("The request body cannot be read");
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid value for '" + ex.getName() + "'");
        problem.setProperty("errors", List.of(new FieldError(ex.getName(), "must be a valid "
                + simpleType(ex.getRequiredType()))));
        return problem;
    }

    @ExceptionHandler(BadRequestBodyException.class)
    ProblemDetail badBody(BadRequestBodyException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setProperty("errors", ex.errors());
        return problem;
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ProblemDetail tooLarge(BodyTooLargeException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                ex instanceof org.pathway.kit.security.TenantRequiredException
                        ? ex.getMessage()
                        : "The access token does not grant access to this resource");
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "A valid bearer token is required");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        // The client learns nothing about the internals; the log keeps the whole story.
        log.error("Unexpected error", ex);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred");
    }

    private static List<FieldError> errors(BindingResult result) {
        List<FieldError> errors = new ArrayList<>();
        result.getFieldErrors().forEach(error -> errors.add(new FieldError(error.getField(), error.getDefaultMessage())));
        result.getGlobalErrors().forEach(error -> errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage())));
        return errors;
    }

    /** Jackson's reference chain as a dotted path: {@code items[2].kind}. */
    static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        if (ex instanceof PropertyBindingException binding && binding.getPropertyName() != null
                && !path.toString().endsWith(binding.getPropertyName())) {
            path.append(path.length() > 0 ? "." : "").append(binding.getPropertyName());
        }
        return path.toString();
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        return type.getSimpleName();
    }
}
