package org.pathway.infra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class JwtIssuerIT {

    private static JwtIssuer issuer;
    private static NimbusJwtDecoder decoder;

    @BeforeAll
    static void decoderAsAResourceServerConfiguresIt() {
        issuer = TestInfrastructure.jwtIssuer();
        decoder = NimbusJwtDecoder.withJwkSetUri(issuer.jwkSetUri()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                JwtValidators.createDefaultWithIssuer(issuer.issuerUri()),
                new JwtAudienceValidator("pathway-api")));
    }

    @Test
    void shouldIssueTokensThatVerifyAgainstTheServedJwks() {
        String token = issuer.token()
                .subject("user-1")
                .username("faculty@northbridge.edu")
                .email("faculty@northbridge.edu")
                .name("Fay Culty")
                .organization("northbridge")
                .roles("faculty", "mentor")
                .claim("custom", "value")
                .sign();

        Jwt jwt = decoder.decode(token);

        assertThat(jwt.getIssuer()).hasToString("http://127.0.0.1:" + URI.create(issuer.issuerUri()).getPort()
                + "/realms/pathway");
        assertThat(jwt.getSubject()).isEqualTo("user-1");
        assertThat(jwt.getAudience()).containsExactly("pathway-api");
        assertThat(jwt.getClaimAsString("typ")).isEqualTo("Bearer");
        assertThat(jwt.getClaimAsString("azp")).isEqualTo("pathway-gateway");
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("faculty@northbridge.edu");
        assertThat(jwt.getClaimAsString("email")).isEqualTo("faculty@northbridge.edu");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Fay Culty");
        assertThat(jwt.getClaimAsStringList("organization")).containsExactly("northbridge");
        assertThat(jwt.getClaimAsMap("realm_access")).isEqualTo(Map.of("roles", List.of("faculty", "mentor")));
        assertThat(jwt.getClaimAsString("custom")).isEqualTo("value");
        assertThat(jwt.getHeaders()).containsEntry("kid", issuer.keyId()).containsEntry("alg", "RS256");
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void shouldDefaultToRandomSubjectAndKeycloakShape() {
        Jwt first = decoder.decode(issuer.token().sign());
        Jwt second = decoder.decode(issuer.token().sign());

        assertThat(first.getSubject()).isNotBlank().isNotEqualTo(second.getSubject());
        assertThat(first.getClaimAsMap("realm_access")).containsEntry("roles", List.of());
        assertThat(first.hasClaim("organization")).isFalse();
    }

    @Test
    void shouldServeADiscoveryDocumentThatSpringCanConfigureFrom() throws Exception {
        JwtDecoder fromIssuer = JwtDecoders.fromIssuerLocation(issuer.issuerUri());

        assertThat(fromIssuer.decode(issuer.token().roles("committee").sign()).getClaimAsMap("realm_access"))
                .containsEntry("roles", List.of("committee"));

        HttpResponse<String> discovery = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(issuer.issuerUri() + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.body()).contains("\"jwks_uri\":\"" + issuer.jwkSetUri() + "\"");
    }

    @Test
    void shouldLetAClaimBeRemovedByANullValue() {
        Jwt jwt = decoder.decode(issuer.token().claim("azp", null).sign());

        assertThat(jwt.hasClaim("azp")).isFalse();
    }

    @Test
    void shouldRejectUnsecuredToken() {
        String token = issuer.token().roles("platform-admin").signUnsecured();

        assertThat(token).endsWith(".");
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void shouldRejectTokenSignedByAnotherKeyUnderTheSameKid() {
        assertThatThrownBy(() -> decoder.decode(issuer.token().signWithForeignKeySameKid()))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void shouldRejectHs256TokenKeyedWithThePublicKey() {
        assertThatThrownBy(() -> decoder.decode(issuer.token().signHs256WithPublicKey()))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void shouldRejectTokenWithUnknownKid() {
        assertThatThrownBy(() -> decoder.decode(issuer.token().signWithUnknownKid()))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void shouldRejectExpiredToken() {
        String token = issuer.token().issuedAt(Instant.now().minus(Duration.ofHours(1)))
                .expiresIn(Duration.ofMinutes(5)).sign();

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void shouldRejectForeignIssuerAndAudience() {
        String otherIssuer = issuer.token().issuer("http://127.0.0.1:1/realms/other").sign();
        String otherAudience = issuer.token().audience("someone-else").sign();

        assertThatThrownBy(() -> decoder.decode(otherIssuer)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(otherAudience)).isInstanceOf(JwtException.class);
    }
}
