package org.pathway.gateway.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/**
 * Keycloak realm roles ({@code realm_access.roles}) of the caller's access token: a bearer token, or the access token
 * of a portal session (see {@link CallerTokens}), so the portal's admin pages reach the admin APIs as API clients do.
 */
public final class RealmRoles {

    private RealmRoles() {
    }

    /** Grants access when the caller's access token holds {@code role}. */
    static ReactiveAuthorizationManager<AuthorizationContext> require(String role, CallerTokens tokens) {
        return (authentication, context) -> authentication
                .filter(Authentication::isAuthenticated)
                .flatMap(auth -> tokens.accessToken(auth, context.getExchange()))
                .map(token -> of(token).contains(role))
                .defaultIfEmpty(false)
                .map(AuthorizationDecision::new);
    }

    public static List<String> of(Jwt jwt) {
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
