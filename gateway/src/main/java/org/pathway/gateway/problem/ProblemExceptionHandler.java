package org.pathway.gateway.problem;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.netty.handler.timeout.ReadTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Turns every error on {@code /api/**} into problem details, ahead of Boot's error handler (order -1), so API
 * clients never see Boot's error JSON or an HTML page: unknown routes (404), oversize bodies (413), unreachable or
 * slow services and open circuit breakers (503/504), a portal session whose tokens cannot be refreshed (401), tokens that
 * cannot be verified because Keycloak's keys are out of reach (503), anything else (500, without internals).
 */
final class ProblemExceptionHandler implements WebExceptionHandler, Ordered {

    /** Before Boot's ErrorWebExceptionHandler (-1). */
    static final int ORDER = -2;

    private static final String SERVICE_TIMED_OUT = "The service behind this route did not answer in time.";

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemResponses problems;

    ProblemExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (!isApi(exchange) || exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        Problem problem = classify(error);
        if (problem.status().is5xxServerError()) {
            log.warn("{} {} failed: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    error.toString());
        }
        exchange.getResponse().getHeaders().clear();
        return problems.write(exchange, problem.status(), problem.detail());
    }

    static Problem classify(Throwable error) {
        if (error instanceof ErrorResponse response) {
            if (response.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                // Spring's own 404 detail names static resources, which mean nothing to an API client.
                return new Problem(HttpStatus.NOT_FOUND, "No API route matches this path.");
            }
            if (response.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
                // The route's response timeout; Netty's message names internals.
                return new Problem(HttpStatus.GATEWAY_TIMEOUT, SERVICE_TIMED_OUT);
            }
            return new Problem(response.getStatusCode(), response.getBody().getDetail());
        }
        if (error instanceof ServiceUnavailableException || error instanceof CallNotPermittedException) {
            return new Problem(HttpStatus.SERVICE_UNAVAILABLE,
                    "The service behind this route is failing; calls to it are paused for a moment.");
        }
        if (error instanceof BulkheadFullException) {
            // The route's bulkhead: as many calls in flight to this service as it is allowed; a later one may pass.
            return new Problem(HttpStatus.SERVICE_UNAVAILABLE,
                    "The service behind this route is at its limit of calls in flight; try again shortly.");
        }
        if (error instanceof ClientAuthorizationException) {
            // TokenRelay could not get or refresh the session's access token (e.g. Keycloak ended the session).
            return new Problem(HttpStatus.UNAUTHORIZED, "The portal session has expired; sign in again.");
        }
        if (error instanceof AuthenticationServiceException) {
            // The token could not be checked at all, typically because the realm's keys could not be fetched.
            return new Problem(HttpStatus.SERVICE_UNAVAILABLE, "The token could not be verified right now; try again.");
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return new Problem(HttpStatus.SERVICE_UNAVAILABLE, "The service behind this route is not reachable.");
            }
            if (cause instanceof TimeoutException || cause instanceof ReadTimeoutException) {
                return new Problem(HttpStatus.GATEWAY_TIMEOUT, SERVICE_TIMED_OUT);
            }
        }
        return new Problem(HttpStatus.INTERNAL_SERVER_ERROR, null);
    }

    static boolean isApi(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return path.equals("/api") || path.startsWith("/api/");
    }

    record Problem(HttpStatusCode status, String detail) {
    }
}
