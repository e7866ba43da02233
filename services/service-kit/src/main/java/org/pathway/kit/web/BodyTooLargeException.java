package org.pathway.kit.web;

/** The request body exceeds {@code pathway.kit.web.max-body-size}: 413. */
public class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException(long limit) {
        super("The request body exceeds the limit of " + limit + " bytes");
    }
}
