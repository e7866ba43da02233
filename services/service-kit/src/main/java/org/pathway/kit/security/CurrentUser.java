package org.pathway.kit.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The caller, read from the validated access token only. {@code tenant} is the single Keycloak organization alias in
 * the {@code organization} claim, or {@code null} when the token carries none or several (then only endpoints that
 * do not need a tenant are reachable). Take it as a controller method parameter; it is never bound from a request.
 */
public record CurrentUser(String userId, String username, String email, String name, Set<String> roles, String tenant) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasTenant() {
        return tenant != null;
    }

    /** The tenant, or a {@link TenantRequiredException} (403) if the token names no single organization. */
    public String requireTenant() {
        if (tenant == null) {
            throw new TenantRequiredException();
        }
        return tenant;
    }

    public static CurrentUser of(Jwt jwt) {
        return new CurrentUser(jwt.getSubject(), jwt.getClaimAsString("preferred_username"), jwt.getClaimAsString("email"),
                jwt.getClaimAsString("name"), realmRoles(jwt), singleOrganization(jwt));
    }

    static Set<String> realmRoles(Jwt jwt) {
        Object realmAccess = jwt.getClaims().get("realm_access");
        Set<String> roles = new TreeSet<>();
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> values) {
            values.forEach(role -> roles.add(String.valueOf(role)));
        }
        return roles;
    }

    /**
     * Keycloak 26 writes {@code organization} as a list of aliases, or as a map keyed by alias when the mapper adds
     * ids or attributes; both shapes are read. More than one organization means no tenant: the kit never guesses.
     */
    static String singleOrganization(Jwt jwt) {
        Object claim = jwt.getClaims().get("organization");
        List<String> aliases;
        if (claim instanceof Collection<?> list) {
            aliases = list.stream().map(String::valueOf).toList();
        } else if (claim instanceof Map<?, ?> map) {
            aliases = map.keySet().stream().map(String::valueOf).toList();
        } else if (claim instanceof String alias) {
            aliases = List.of(alias);
        } else {
            aliases = List.of();
        }
        return aliases.size() == 1 && !aliases.get(0).isBlank() ? aliases.get(0) : null;
    }
}
