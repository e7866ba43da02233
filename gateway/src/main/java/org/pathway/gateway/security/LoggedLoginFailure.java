package org.pathway.gateway.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import reactor.core.publisher.Mono;

/**
 * Spring's default sends the browser to {@code /login?error} and keeps the reason to itself; a failed login
 * (wrong client secret, a clock or issuer mismatch with Keycloak) is a configuration problem an operator must see.
 */
final class LoggedLoginFailure implements ServerAuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(LoggedLoginFailure.class);

    private final ServerAuthenticationFailureHandler redirect = new RedirectServerAuthenticationFailureHandler("/login?error");

    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange exchange, AuthenticationException failure) {
        if (LoginUnavailable.identityProviderUnreachable(failure)) {
            // Not the user's fault: LoginUnavailable answers with a page that says so.
            return Mono.error(failure);
        }
        log.warn("Portal login failed: {}", failure.getMessage());
        return redirect.onAuthenticationFailure(exchange, failure);
    }
}
