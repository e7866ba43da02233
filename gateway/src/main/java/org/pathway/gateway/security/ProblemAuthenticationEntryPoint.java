package org.pathway.gateway.security;

import org.pathway.gateway.problem.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 for {@code /api/**}: a bearer challenge (RFC 6750) and a problem body, never a redirect to the login page,
 * whether the token is missing, malformed, expired, for another audience or from another issuer.
 */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemResponses problems;

    ProblemAuthenticationEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        String detail;
        String challenge;
        if (failure instanceof OAuth2AuthenticationException oauth2 && oauth2.getError() instanceof BearerTokenError) {
            // The validator's description (e.g. "Jwt expired at ...") helps a client fix its token and reveals nothing secret.
            detail = "The bearer token was rejected: " + description(oauth2);
            challenge = "Bearer error=\"" + oauth2.getError().getErrorCode() + "\", error_description=\""
                    + quoteSafe(description(oauth2)) + "\"";
        } else if (failure instanceof OAuth2AuthenticationException oauth2) {
            detail = "The bearer token was rejected: " + description(oauth2);
            challenge = "Bearer error=\"invalid_token\"";
        } else {
            detail = "This API needs a bearer token (Authorization: Bearer ...) or a signed-in portal session.";
            challenge = "Bearer";
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, detail);
    }

    private static String description(OAuth2AuthenticationException failure) {
        String description = failure.getError().getDescription();
        return description != null ? description : failure.getError().getErrorCode();
    }

    private static String quoteSafe(String value) {
        return value.replace('"', '\'').replace('\\', '/');
    }
}
