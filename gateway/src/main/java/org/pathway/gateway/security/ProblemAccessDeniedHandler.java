package org.pathway.gateway.security;

import org.pathway.gateway.problem.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 403 as problem details on {@code /api/**}, e.g. a browser-session write without its CSRF token. */
final class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemResponses problems;

    ProblemAccessDeniedHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        String detail = denied instanceof CsrfException
                ? "A request made with a portal session must carry its CSRF token."
                : "Access denied.";
        return problems.write(exchange, HttpStatus.FORBIDDEN, detail);
    }
}
