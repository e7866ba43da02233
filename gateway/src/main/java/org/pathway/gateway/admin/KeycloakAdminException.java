package org.pathway.gateway.admin;

import org.springframework.http.HttpStatusCode;

/** Keycloak's admin API answered with an error status; {@code body} is its answer, for the log and the detail. */
final class KeycloakAdminException extends RuntimeException {

    private final HttpStatusCode status;
    private final String body;

    KeycloakAdminException(HttpStatusCode status, String body) {
        super("Keycloak admin API answered " + status.value() + ": " + body);
        this.status = status;
        this.body = body;
    }

    HttpStatusCode status() {
        return status;
    }

    String body() {
        return body;
    }

    boolean isNotFound() {
        return status.value() == 404;
    }

    static boolean isNotFound(Throwable error) {
        return error instanceof KeycloakAdminException keycloak && keycloak.isNotFound();
    }

    static boolean isConflict(Throwable error) {
        return error instanceof KeycloakAdminException keycloak && keycloak.status.value() == 409;
    }
}
