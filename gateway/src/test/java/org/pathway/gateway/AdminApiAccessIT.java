package org.pathway.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.infra.local.JwtIssuer;
import org.pathway.infra.local.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Who may reach the admin APIs, decided at the gateway before Keycloak is asked: here no Keycloak runs at all, so
 * anything that got past these checks would answer 503. The journeys against the real Keycloak are
 * {@code InstitutionAdminSystemIT} (infra/system-tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminApiAccessIT {

    static final JwtIssuer ISSUER = TestInfrastructure.jwtIssuer();
    static final String ABSENT_KEYCLOAK = "http://127.0.0.1:" + unusedPort();

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("pathway.gateway.issuer-uri", ISSUER::issuerUri);
        registry.add("pathway.gateway.jwk-set-uri", ISSUER::jwkSetUri);
        registry.add("pathway.gateway.keycloak-admin.base-url", () -> ABSENT_KEYCLOAK);
        registry.add("pathway.gateway.keycloak-admin.timeout", () -> "3s");
    }

    @BeforeEach
    void setUp() {
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15)).build();
    }

    static Stream<Arguments> adminRoutes() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/api/admin/institutions"),
                Arguments.of(HttpMethod.POST, "/api/admin/institutions"),
                Arguments.of(HttpMethod.GET, "/api/admin/institutions/northbridge"),
                Arguments.of(HttpMethod.GET, "/api/admin/members"),
                Arguments.of(HttpMethod.PUT, "/api/admin/members/3f1c/roles/mentor"),
                Arguments.of(HttpMethod.DELETE, "/api/admin/members/3f1c/roles/mentor"),
                Arguments.of(HttpMethod.GET, "/api/admin/anything-else"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("adminRoutes")
    void shouldForbidEveryAdminRouteToAFacultyToken(HttpMethod method, String path) {
        String faculty = ISSUER.token().organization("northbridge").roles("faculty", "mentor", "committee").sign();

        call(method, path, faculty)
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("adminRoutes")
    void shouldAnswerEveryAdminRouteWithoutATokenWith401(HttpMethod method, String path) {
        client.method(method).uri(path).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldKeepInstitutionAdminsAwayFromInstitutionsAndPlatformAdminsAwayFromMembers() {
        String institutionAdmin = ISSUER.token().organization("northbridge").roles("institution-admin").sign();
        String platformAdmin = ISSUER.token().roles("platform-admin").sign();

        call(HttpMethod.GET, "/api/admin/institutions", institutionAdmin).expectStatus().isForbidden();
        call(HttpMethod.GET, "/api/admin/members", platformAdmin).expectStatus().isForbidden();
    }

    @Test
    void shouldNeverLetAnInstitutionAdminGrantPlatformAdmin() {
        String institutionAdmin = ISSUER.token().organization("northbridge").roles("institution-admin").sign();

        call(HttpMethod.PUT, "/api/admin/members/3f1c/roles/platform-admin", institutionAdmin)
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").isEqualTo("platform-admin is granted by platform operators only.");
        call(HttpMethod.PUT, "/api/admin/members/3f1c/roles/root", institutionAdmin)
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldRefuseAnInstitutionAdminTokenThatNamesNoInstitution() {
        String orphan = ISSUER.token().roles("institution-admin").sign();

        call(HttpMethod.GET, "/api/admin/members", orphan)
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions
                        .assertThat((String) detail).contains("exactly one institution"));
    }

    @Test
    void shouldListEveryInvalidOnboardingFieldIn400Problem() {
        String platformAdmin = ISSUER.token().roles("platform-admin").sign();

        client.post().uri("/api/admin/institutions")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + platformAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"alias": "Bad Alias!", "name": "", "domains": ["not a domain"],
                         "firstAdmin": {"email": "admin@elsewhere.edu"},
                         "identityProvider": {"oidc": {"clientId": "x"}, "saml": {"entityId": "y"}}}
                        """)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.errors[?(@.field == 'alias')]").exists()
                .jsonPath("$.errors[?(@.field == 'name')]").exists()
                .jsonPath("$.errors[?(@.field == 'domains[0]')]").exists()
                .jsonPath("$.errors[?(@.field == 'identityProvider')]").exists();
    }

    @Test
    void shouldAnswerBrokenJsonWith400Problem() {
        String platformAdmin = ISSUER.token().roles("platform-admin").sign();

        client.post().uri("/api/admin/institutions")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + platformAdmin)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"alias\": ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldAnswer503ProblemWhenKeycloaksAdminApiCannotBeReached() {
        String platformAdmin = ISSUER.token().roles("platform-admin").sign();

        call(HttpMethod.GET, "/api/admin/institutions", platformAdmin)
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(503);
    }

    private WebTestClient.ResponseSpec call(HttpMethod method, String path, String token) {
        WebTestClient.RequestBodySpec request = client.method(method).uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        if (method == HttpMethod.POST) {
            return request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange();
        }
        return request.exchange();
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
