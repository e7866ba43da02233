package org.pathway.kit.web;

import java.util.List;

/** A JSON body refused before binding (a {@code $}-prefixed key); 400 naming the paths. */
public class BadRequestBodyException extends RuntimeException {

    private final List<FieldError> errors;

    public BadRequestBodyException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
