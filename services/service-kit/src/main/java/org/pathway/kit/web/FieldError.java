package org.pathway.kit.web;

/** One offending field of a request, in the {@code errors} extension of a 400 problem. */
public record FieldError(String field, String message) {
}
