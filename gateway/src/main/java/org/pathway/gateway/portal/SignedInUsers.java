package org.pathway.gateway.portal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pathway.gateway.security.CallerTokens;
import org.pathway.gateway.security.RealmRoles;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who is signed in, for the portal: identity, institutions and Pathway roles, plus the CSRF token its writes must
 * carry. The roles come from the session's access token, read here on the server (the ID token carries none); no
 * token ever reaches the browser.
 */
@Component
class SignedInUsers {

    static final String ME = "/api/me";

    /** The roles the portal draws navigation for; Keycloak's own default roles mean nothing to it. */
    static final Set<String> PORTAL_ROLES = Set.of("faculty", "mentor", "committee", "institution-admin",
            "platform-admin");

    private final CallerTokens tokens;

    SignedInUsers(CallerTokens tokens) {
        this.tokens = tokens;
    }

    Mono<ServerResponse> whoami(ServerRequest request) {
        return request.principal().cast(Authentication.class)
                .map(SignedInUsers::identity)
                .flatMap(user -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(user));
    }

    Mono<ServerResponse> me(ServerRequest request) {
        ServerWebExchange exchange = request.exchange();
        Mono<CsrfToken> csrf = exchange.getAttributeOrDefault(CsrfToken.class.getName(), Mono.empty());
        return request.principal().cast(Authentication.class)
                .flatMap(authentication -> roles(authentication, exchange).map(roles -> {
                    Map<String, Object> me = identity(authentication);
                    me.put("roles", roles);
                    return me;
                }))
                .zipWith(csrf.map(token -> Map.of("headerName", token.getHeaderName(),
                        "parameterName", token.getParameterName(), "token", token.getToken())))
                .flatMap(meAndCsrf -> {
                    meAndCsrf.getT1().put("csrf", meAndCsrf.getT2());
                    return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                            .headers(headers -> headers.setCacheControl("no-store"))
                            .bodyValue(meAndCsrf.getT1());
                });
    }

    /** A bearer caller's roles are in its token; a session's in the access token the session holds. */
    private Mono<List<String>> roles(Authentication authentication, ServerWebExchange exchange) {
        return tokens.accessToken(authentication, exchange).map(SignedInUsers::portalRoles).defaultIfEmpty(List.of());
    }

    private static List<String> portalRoles(Jwt token) {
        return RealmRoles.of(token).stream().filter(PORTAL_ROLES::contains).sorted().toList();
    }

    /** A map rather than a record, so absent claims are left out instead of written as null. */
    static Map<String, Object> identity(Authentication authentication) {
        Map<String, Object> user = new LinkedHashMap<>();
        if (authentication.getPrincipal() instanceof OidcUser oidc) {
            user.put("subject", oidc.getSubject());
            putIfPresent(user, "username", oidc.getPreferredUsername());
            putIfPresent(user, "name", oidc.getFullName());
            putIfPresent(user, "email", oidc.getEmail());
            user.put("organizations", organizations(oidc.getClaims().get("organization")));
        } else if (authentication instanceof JwtAuthenticationToken bearer) {
            Jwt token = bearer.getToken();
            user.put("subject", token.getSubject());
            putIfPresent(user, "username", token.getClaimAsString("preferred_username"));
            putIfPresent(user, "name", token.getClaimAsString("name"));
            putIfPresent(user, "email", token.getClaimAsString("email"));
            user.put("organizations", organizations(token.getClaims().get("organization")));
        } else {
            user.put("subject", authentication.getName());
            user.put("organizations", List.of());
        }
        return user;
    }

    /** Keycloak writes the claim as a list of aliases, or as a map keyed by alias when ids are mapped too. */
    private static List<String> organizations(Object claim) {
        if (claim instanceof Map<?, ?> byAlias) {
            return byAlias.keySet().stream().map(String::valueOf).toList();
        }
        if (claim instanceof Collection<?> aliases) {
            return aliases.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static void putIfPresent(Map<String, Object> user, String key, String value) {
        if (value != null) {
            user.put(key, value);
        }
    }
}
