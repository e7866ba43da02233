package org.pathway.gateway.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/**
 * Keycloak realm roles ({@code realm_access.roles}) of a bearer token. Only bearer tokens qualify: a portal session
 * holds the user's ID token claims, which carry no realm roles, so the admin APIs are for API clients.
 */
public final class RealmRoles {

    private RealmRoles() {
    }

    /** Grants access when the request's bearer token holds {@code role}. */
    static ReactiveAuthorizationManager<AuthorizationContext> require(String role) {
        return (authentication, context) -> authentication
                .filter(Authentication::isAuthenticated)
                .map(auth -> auth instanceof JwtAuthenticationToken jwt && of(jwt.getToken()).contains(role))
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
