package org.pathway.gateway;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits, timeouts, circuit breakers, CORS and security headers, through the running gateway to real HTTP
 * servers standing in for the services (one answers at once, one hangs for longer than any test waits).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pathway.gateway.rate-limits.per-user.capacity=3",
        "pathway.gateway.rate-limits.per-user.refill-per-second=0.05",
        "pathway.gateway.rate-limits.per-client.capacity=5",
        "pathway.gateway.rate-limits.per-client.refill-per-second=0.05",
        "pathway.gateway.resilience.response-timeouts.hung=500ms",
        "pathway.gateway.resilience.sliding-window-size=4",
        "pathway.gateway.resilience.minimum-number-of-calls=2",
        "pathway.gateway.resilience.failure-rate-threshold=50",
        "pathway.gateway.resilience.wait-in-open-state=60s"})
class EdgeProtectionIT {

    static final JwtIssuer ISSUER = TestInfrastructure.jwtIssuer();
    static final StubService PORTFOLIO = StubService.start("portfolio");
    static final StubService HUNG = StubService.start("hung", Duration.ofSeconds(30));

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("pathway.gateway.issuer-uri", ISSUER::issuerUri);
        registry.add("pathway.gateway.jwk-set-uri", ISSUER::jwkSetUri);
        registry.add("pathway.gateway.services.portfolio", PORTFOLIO::baseUri);
        registry.add("pathway.gateway.services.hung", HUNG::baseUri);
    }

    @AfterAll
    static void stopStubs() {
        PORTFOLIO.close();
        HUNG.close();
    }

    @BeforeEach
    void setUp() {
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15)).build();
        PORTFOLIO.forget();
        HUNG.forget();
    }

    // --- rate limits

    @Test
    void shouldAnswer429ProblemWithRetryAfterOnceAUserHasSpentTheirBurst() throws Exception {
        String token = token("user-" + UUID.randomUUID(), "client-" + UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            get("/api/portfolio/activities", token).expectStatus().isOk();
        }

        get("/api/portfolio/activities", token)
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER,
                        // One token back at 0.05/s takes 20 s.
                        retryAfter -> assertThat(Long.parseLong(retryAfter)).isBetween(1L, 20L))
                .expectBody()
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.instance").isEqualTo("/api/portfolio/activities");

        for (int i = 0; i < 3; i++) {
            PORTFOLIO.takeRequest();
        }
        assertThat(PORTFOLIO.receivedNothing()).as("the refused request must not reach the service").isTrue();
    }

    @Test
    void shouldLimitAClientAcrossAllItsUsersWithoutChargingTheUserForTheRefusal() {
        String noisyClient = "client-" + UUID.randomUUID();
        String ada = "user-" + UUID.randomUUID();
        String ben = "user-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            get("/api/portfolio/activities", token(ada, noisyClient)).expectStatus().isOk();
        }
        for (int i = 0; i < 2; i++) {
            get("/api/portfolio/activities", token(ben, noisyClient)).expectStatus().isOk();
        }

        // Ben has budget left, but the client has spent its 5.
        get("/api/portfolio/activities", token(ben, noisyClient))
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER);
        // Through another client Ben still has his third request.
        get("/api/portfolio/activities", token(ben, "client-" + UUID.randomUUID())).expectStatus().isOk();
    }

    // --- timeouts and circuit breaker

    @Test
    void shouldAnswer504FastWhenAServiceHangsThenOpenItsBreakerAndAnswer503WithoutCallingIt() throws Exception {
        for (int i = 0; i < 2; i++) {
            long started = System.nanoTime();
            get("/api/hung/reports", token("user-" + UUID.randomUUID(), "client-" + UUID.randomUUID()))
                    .expectStatus().isEqualTo(HttpStatus.GATEWAY_TIMEOUT)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.status").isEqualTo(504);
            // The service takes 30 s; the gateway gives up after the route's 500 ms.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
        HUNG.takeRequest();
        HUNG.takeRequest();

        long started = System.nanoTime();
        get("/api/hung/reports", token("user-" + UUID.randomUUID(), "client-" + UUID.randomUUID()))
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("paused"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        Thread.sleep(200);
        assertThat(HUNG.receivedNothing()).as("an open breaker must not call the service").isTrue();

        // Each service has its own breaker: the healthy one is untouched.
        get("/api/portfolio/activities", token("user-" + UUID.randomUUID(), "client-" + UUID.randomUUID()))
                .expectStatus().isOk();
    }

    @Test
    void shouldNotLetAClientsOversizeBodiesOpenTheServicesBreaker() {
        // Chunked, so the limit trips while the body streams to the service, inside the breaker.
        DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
        for (int i = 0; i < 4; i++) {
            client.post().uri("/api/portfolio/evidence")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token("user-" + UUID.randomUUID(), "client-" + UUID.randomUUID()))
                    .contentType(MediaType.APPLICATION_OCTET_STREAM)
                    .body(Flux.range(0, 20).map(chunk -> buffers.wrap(new byte[64 * 1024])), DataBuffer.class)
                    .exchange()
                    .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        }

        get("/api/portfolio/activities", token("user-" + UUID.randomUUID(), "client-" + UUID.randomUUID()))
                .expectStatus().isOk();
    }

    // --- CORS and headers

    @Test
    void shouldRefuseCrossOriginPreflightAndCallsByDefault() {
        client.options().uri("/api/portfolio/activities")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);

        client.get().uri("/api/portfolio/activities")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token("user-" + UUID.randomUUID(), "client-" + UUID.randomUUID()))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        assertThat(PORTFOLIO.receivedNothing()).isTrue();
    }

    @Test
    void shouldPutSecurityHeadersOnProxiedAndRefusedApiResponses() {
        get("/api/portfolio/activities", token("user-" + UUID.randomUUID(), "client-" + UUID.randomUUID()))
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer");

        client.get().uri("/api/portfolio/activities")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    private WebTestClient.ResponseSpec get(String path, String token) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private static String token(String subject, String azp) {
        return ISSUER.token().subject(subject).organization("mercy").roles("faculty").claim("azp", azp).sign();
    }
}
