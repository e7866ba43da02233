package org.pathway.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CurrentUserTests {

    private static Jwt jwt(Object organization) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("u-1").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).claim("preferred_username", "ada")
                .claim("realm_access", Map.of("roles", List.of("faculty", "mentor")));
        if (organization != null) {
            builder.claim("organization", organization);
        }
        return builder.build();
    }

    @Test
    void shouldTakeTenantFromSingleOrganizationAlias() {
        CurrentUser user = CurrentUser.of(jwt(List.of("mayo")));

        assertThat(user.tenant()).isEqualTo("mayo");
        assertThat(user.roles()).containsExactlyInAnyOrder("faculty", "mentor");
        assertThat(user.hasRole("mentor")).isTrue();
    }

    @Test
    void shouldReadOrganizationClaimShapedAsMapKeyedByAlias() {
        assertThat(CurrentUser.of(jwt(Map.of("mayo", Map.of("id", "42")))).tenant()).isEqualTo("mayo");
    }

    @Test
    void shouldHaveNoTenantWithoutOrWithSeveralOrganizations() {
        assertThat(CurrentUser.of(jwt(null)).hasTenant()).isFalse();
        CurrentUser twoOrgs = CurrentUser.of(jwt(List.of("mayo", "stanford")));
        assertThat(twoOrgs.hasTenant()).isFalse();
        assertThatThrownBy(twoOrgs::requireTenant).isInstanceOf(TenantRequiredException.class);
    }
}
