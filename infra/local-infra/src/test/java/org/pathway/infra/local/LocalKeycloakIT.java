package org.pathway.infra.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.nimbusds.jose.util.JSONObjectUtils;

/** The real Keycloak with the Pathway realm: the tokens services will see from it. */
class LocalKeycloakIT {

    private static KeycloakServer keycloak;
    private static NimbusJwtDecoder decoder;

    @BeforeAll
    static void startKeycloak() {
        keycloak = TestInfrastructure.keycloak();
        String issuer = keycloak.issuerUri(KeycloakServer.PATHWAY_REALM);
        decoder = NimbusJwtDecoder.withJwkSetUri(keycloak.jwkSetUri(KeycloakServer.PATHWAY_REALM)).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                JwtValidators.createDefaultWithIssuer(issuer), new JwtAudienceValidator("pathway-api")));
    }

    @Test
    void shouldIssueAFacultyTokenWithRolesAudienceAndOrganization() throws Exception {
        Jwt jwt = decoder.decode(passwordGrant("faculty@northbridge.edu"));

        assertThat(jwt.getIssuer()).hasToString(keycloak.baseUrl() + "/realms/pathway");
        assertThat(keycloak.baseUrl()).startsWith("http://");
        assertThat(jwt.getAudience()).contains("pathway-api");
        assertThat(realmRoles(jwt)).contains("faculty");
        assertThat(jwt.getClaimAsStringList("organization")).containsExactly("northbridge");
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("faculty@northbridge.edu");
        assertThat(jwt.getClaimAsString("email")).isEqualTo("faculty@northbridge.edu");
        assertThat(jwt.getClaimAsString("typ")).isEqualTo("Bearer");
    }

    @Test
    void shouldPutEachInstitutionsMembersInTheirOwnOrganization() throws Exception {
        Jwt lakeside = decoder.decode(passwordGrant("faculty@lakeside.edu"));
        Jwt committee = decoder.decode(passwordGrant("committee@northbridge.edu"));
        Jwt platform = decoder.decode(passwordGrant("platform@pathway.local"));

        assertThat(lakeside.getClaimAsStringList("organization")).containsExactly("lakeside");
        assertThat(committee.getClaimAsStringList("organization")).containsExactly("northbridge");
        assertThat(realmRoles(committee)).contains("committee", "faculty");
        assertThat(realmRoles(platform)).contains("platform-admin");
        assertThat(platform.hasClaim("organization")).isFalse();
    }

    @Test
    void shouldIssueClientCredentialsTokensToTheAutomationClient() throws Exception {
        Map<String, Object> response = tokenRequest(Map.of(
                "grant_type", "client_credentials",
                "client_id", "pathway-automation",
                "client_secret", "pathway-automation-secret"));

        Jwt jwt = decoder.decode((String) response.get("access_token"));
        assertThat(jwt.getAudience()).contains("pathway-api");
        assertThat(jwt.getClaimAsString("azp")).isEqualTo("pathway-automation");
        assertThat(realmRoles(jwt)).contains("platform-admin");
    }

    @Test
    void shouldRejectAWrongPassword() throws Exception {
        Map<String, Object> response = tokenRequest(Map.of(
                "grant_type", "password", "client_id", "pathway-cli",
                "username", "faculty@northbridge.edu", "password", "wrong"));

        assertThat(response).containsEntry("error", "invalid_grant").doesNotContainKey("access_token");
    }

    private static String passwordGrant(String username) throws Exception {
        Map<String, Object> response = tokenRequest(Map.of(
                "grant_type", "password", "client_id", "pathway-cli",
                "username", username, "password", "pathway", "scope", "openid"));
        assertThat(response).containsKey("access_token");
        return (String) response.get("access_token");
    }

    private static Map<String, Object> tokenRequest(Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(keycloak.tokenUri(KeycloakServer.PATHWAY_REALM)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSONObjectUtils.parse(response.body());
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> realmRoles(Jwt jwt) {
        return (java.util.List<String>) jwt.getClaimAsMap("realm_access").get("roles");
    }
}
