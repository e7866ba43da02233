package org.pathway.gateway;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.JwtIssuer;
import org.pathway.infra.local.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The edge hands each call to a service a W3C trace context; its metrics are scraped. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayObservabilityIT {

    static final JwtIssuer ISSUER = TestInfrastructure.jwtIssuer();
    static final StubService PORTFOLIO = StubService.start("portfolio");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("pathway.gateway.issuer-uri", ISSUER::issuerUri);
        registry.add("pathway.gateway.jwk-set-uri", ISSUER::jwkSetUri);
        registry.add("pathway.gateway.services.portfolio", PORTFOLIO::baseUri);
    }

    @AfterAll
    static void stopStub() {
        PORTFOLIO.close();
    }

    @Test
    void shouldHandEachCallToAServiceATraceContext() throws Exception {
        String token = ISSUER.token().organization("northbridge").roles("faculty").sign();

        client().get().uri("/api/portfolio/things/1").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isOk();
        String first = PORTFOLIO.takeRequest().traceParent();
        client().get().uri("/api/portfolio/things/2").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isOk();
        String second = PORTFOLIO.takeRequest().traceParent();

        // The gateway's call to the service opens the trace the service, its events and their consumers continue.
        // (Known gap: that call does not yet continue a trace the caller sent; see docs/observability.md.)
        assertThat(first).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(second).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(first.substring(3, 35)).isNotEqualTo(second.substring(3, 35));
    }

    @Test
    void shouldExposeRouteMetricsToPrometheusWithoutAToken() {
        String token = ISSUER.token().organization("northbridge").roles("faculty").sign();
        client().get().uri("/api/portfolio/things/3").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isOk();

        String scrape = client().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(scrape).contains("http_server_requests_seconds_count").contains("application=\"gateway\"");
    }

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(15))
                .build();
    }
}
