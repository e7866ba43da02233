package org.pathway.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathway.infra.local.JwtIssuer;
import org.pathway.infra.local.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway as a running server between a real JWT issuer (RS256, JWKS over HTTP) and real HTTP servers
 * standing in for the five services.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIT {

    static final List<String> SERVICES =
            List.of("portfolio", "promotion-review", "mentoring-match", "job-posting", "notification");
    static final JwtIssuer ISSUER = TestInfrastructure.jwtIssuer();
    static final Map<String, StubService> STUBS = startStubs();
    static final String OFFLINE_SERVICE_URI = "http://127.0.0.1:" + unusedPort();

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("pathway.gateway.issuer-uri", ISSUER::issuerUri);
        registry.add("pathway.gateway.jwk-set-uri", ISSUER::jwkSetUri);
        STUBS.forEach((name, stub) -> registry.add("pathway.gateway.services." + name, stub::baseUri));
        registry.add("pathway.gateway.services.offline", () -> OFFLINE_SERVICE_URI);
    }

    @AfterAll
    static void stopStubs() {
        STUBS.values().forEach(StubService::close);
    }

    @BeforeEach
    void setUp() {
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15)).build();
        STUBS.values().forEach(StubService::forget);
    }

    // --- routing and token pass-through

    @ParameterizedTest
    @ValueSource(strings = {"portfolio", "promotion-review", "mentoring-match", "job-posting", "notification"})
    void shouldRouteEachServicePrefixToThatServiceWithPathAndBearerTokenUnchanged(String service) throws Exception {
        String token = validToken();

        client.get().uri("/api/" + service + "/things/42?view=full")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(service + " /api/" + service + "/things/42?view=full");

        StubService.Received received = STUBS.get(service).takeRequest();
        assertThat(received.pathAndQuery()).isEqualTo("/api/" + service + "/things/42?view=full");
        assertThat(received.authorization()).isEqualTo("Bearer " + token);
        STUBS.forEach((name, stub) -> {
            if (!name.equals(service)) {
                assertThat(stub.receivedNothing()).as(name + " must not see " + service + "'s request").isTrue();
            }
        });
    }

    @Test
    void shouldPassBearerWriteWithoutCsrfTokenAndItsBodyToTheService() throws Exception {
        byte[] body = "{\"title\":\"Grand rounds\"}".getBytes(StandardCharsets.UTF_8);

        client.post().uri("/api/portfolio/activities")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + validToken())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk();

        StubService.Received received = STUBS.get("portfolio").takeRequest();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.bodyLength()).isEqualTo(body.length);
    }

    @Test
    void shouldLetAnExternalLetterWriterUploadWithoutATokenAndNothingElse() throws Exception {
        client.post().uri("/api/promotion-review/letters/upload").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"token\":\"t\",\"text\":\"letter\"}")
                .exchange()
                .expectStatus().isOk();
        assertThat(STUBS.get("promotion-review").takeRequest().authorization()).isNull();

        client.get().uri("/api/promotion-review/letters/upload").exchange().expectStatus().isUnauthorized();
        client.post().uri("/api/promotion-review/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isUnauthorized();
        assertThat(STUBS.get("promotion-review").receivedNothing()).isTrue();
    }

    @Test
    void shouldNeitherCreateASessionForBearerRequestsNorForwardCookies() throws Exception {
        client.get().uri("/api/notification/feed")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + validToken())
                .cookie("SESSION", "browser-session-id")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);

        assertThat(STUBS.get("notification").takeRequest().cookie()).isNull();
    }

    // --- rejected tokens: 401 problem details, never a redirect

    @Test
    void shouldAnswerMissingTokenWith401ProblemAndNoLoginRedirect() {
        client.get().uri("/api/portfolio/profiles/me")
                .accept(MediaType.TEXT_HTML, MediaType.ALL)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().doesNotExist(HttpHeaders.LOCATION)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.type").isEqualTo("about:blank")
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.instance").isEqualTo("/api/portfolio/profiles/me");

        assertThat(STUBS.get("portfolio").receivedNothing()).isTrue();
    }

    static Stream<Arguments> rejectedTokens() {
        Map<String, Function<JwtIssuer, String>> tokens = new LinkedHashMap<>();
        tokens.put("expired beyond the 30 s skew", issuer -> issuer.token()
                .issuedAt(Instant.now().minus(Duration.ofMinutes(5))).expiresIn(Duration.ofMinutes(5).minusSeconds(45)).sign());
        tokens.put("for another audience", issuer -> issuer.token().audience("account").sign());
        tokens.put("without audience", issuer -> issuer.token().audience().sign());
        tokens.put("from another issuer", issuer -> issuer.token().issuer("http://127.0.0.1:8180/realms/other").sign());
        tokens.put("unsigned (alg none)", issuer -> issuer.token().signUnsecured());
        tokens.put("signed by a foreign key under the issuer's kid", issuer -> issuer.token().signWithForeignKeySameKid());
        tokens.put("signed by an unknown key", issuer -> issuer.token().signWithUnknownKid());
        tokens.put("HS256 with the public key as secret", issuer -> issuer.token().signHs256WithPublicKey());
        tokens.put("not a JWT", issuer -> "not-a-jwt");
        return tokens.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedTokens")
    void shouldRejectInvalidTokenWith401Problem(String description, Function<JwtIssuer, String> token) {
        client.get().uri("/api/job-posting/postings")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token.apply(ISSUER))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().doesNotExist(HttpHeaders.LOCATION)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                        challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""))
                .expectBody().jsonPath("$.status").isEqualTo(401);

        assertThat(STUBS.get("job-posting").receivedNothing()).isTrue();
    }

    @Test
    void shouldAcceptTokenExpiredWithinTheClockSkew() throws Exception {
        String token = ISSUER.token()
                .issuedAt(Instant.now().minus(Duration.ofMinutes(5))).expiresIn(Duration.ofMinutes(5).minusSeconds(10))
                .sign();

        client.get().uri("/api/mentoring-match/matches")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isOk();

        assertThat(STUBS.get("mentoring-match").takeRequest().authorization()).isEqualTo("Bearer " + token);
    }

    // --- errors the gateway makes itself

    @Test
    void shouldAnswerUnknownApiPathWith404Problem() {
        client.get().uri("/api/payroll/salaries")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + validToken())
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.instance").isEqualTo("/api/payroll/salaries");
    }

    @Test
    void shouldRejectOversizeBodyWith413ProblemBeforeTheServiceSeesIt() {
        byte[] body = new byte[1024 * 1024 + 1];

        client.post().uri("/api/portfolio/evidence")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + validToken())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(body)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(413);

        assertThat(STUBS.get("portfolio").receivedNothing()).isTrue();
    }

    @Test
    void shouldRejectOversizeChunkedBodyWith413Problem() {
        DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
        Flux<DataBuffer> chunks = Flux.range(0, 20).map(i -> buffers.wrap(new byte[64 * 1024]));

        client.post().uri("/api/portfolio/evidence")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + validToken())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldAnswerUnreachableServiceWith503Problem() {
        client.get().uri("/api/offline/anything")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + validToken())
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(503);
    }

    // --- the portal side

    @Test
    void shouldSendAnonymousBrowserOnPortalPathToTheOidcLogin() {
        client.get().uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isFound()
                .expectHeader().location("/oauth2/authorization/keycloak");
    }

    @Test
    void shouldStartAuthorizationCodeFlowWithPkceAtTheRealm() {
        URI location = client.get().uri("/oauth2/authorization/keycloak")
                .exchange()
                .expectStatus().isFound()
                .expectHeader().exists(HttpHeaders.SET_COOKIE)
                .returnResult(Void.class).getResponseHeaders().getLocation();

        assertThat(location).isNotNull();
        assertThat(location.toString()).startsWith(ISSUER.issuerUri() + "/protocol/openid-connect/auth?");
        var query = UriComponentsBuilder.fromUri(location).build().getQueryParams();
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(query.getFirst("client_id")).isEqualTo("pathway-gateway");
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(query.getFirst("code_challenge")).isNotBlank();
        assertThat(query.getFirst("scope")).contains("openid").contains("organization");
        assertThat(query.getFirst("redirect_uri")).endsWith("/login/oauth2/code/keycloak");
    }

    @Test
    void shouldReportHealthWithoutLogin() {
        client.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    // --- aggregated OpenAPI

    @ParameterizedTest
    @ValueSource(strings = {"portfolio", "promotion-review", "mentoring-match", "job-posting", "notification"})
    void shouldServeEachServicesOpenApiDocumentWithoutATokenAndWithoutForwardingCredentials(String service)
            throws Exception {
        client.get().uri("/v3/api-docs/" + service)
                .cookie("SESSION", "not-for-services")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo(service + " /v3/api-docs");

        StubService.Received received = STUBS.get(service).takeRequest();
        assertThat(received.pathAndQuery()).isEqualTo("/v3/api-docs");
        assertThat(received.cookie()).isNull();
    }

    @Test
    void shouldListEveryServiceDocumentInSwaggerUi() {
        client.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[?(@.name == 'portfolio')].url").isEqualTo("/v3/api-docs/portfolio")
                .jsonPath("$.urls[?(@.name == 'notification')].url").isEqualTo("/v3/api-docs/notification")
                .jsonPath("$.urls.length()").isEqualTo(SERVICES.size() + 1);

        client.get().uri("/swagger-ui.html")
                .exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).contains("/swagger-ui/index.html"));
        client.get().uri("/webjars/swagger-ui/index.html")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    @Test
    void shouldKeepTheDocumentationRoutesReadOnly() {
        client.post().uri("/v3/api-docs/portfolio")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().value(status -> assertThat(status).isIn(302, 401, 403));
        assertThat(STUBS.get("portfolio").receivedNothing()).isTrue();
    }

    private static String validToken() {
        return ISSUER.token().username("ada").email("ada@example.edu").organization("mercy")
                .roles("faculty").sign();
    }

    private static Map<String, StubService> startStubs() {
        Map<String, StubService> stubs = new LinkedHashMap<>();
        SERVICES.forEach(name -> stubs.put(name, StubService.start(name)));
        return Map.copyOf(stubs);
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
