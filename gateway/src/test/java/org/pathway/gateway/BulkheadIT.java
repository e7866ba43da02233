package org.pathway.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.JwtIssuer;
import org.pathway.infra.local.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service route's bulkhead, through the running gateway to a real HTTP server that takes a second to answer: as many
 * calls as {@code max-concurrent-calls} pass, one more at the same time is refused at once with a 503 problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pathway.gateway.resilience.max-concurrent-calls=3",
        "pathway.gateway.rate-limits.enabled=false"})
class BulkheadIT {

    static final JwtIssuer ISSUER = TestInfrastructure.jwtIssuer();
    static final StubService SLOW = StubService.start("slow", Duration.ofSeconds(2));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("pathway.gateway.issuer-uri", ISSUER::issuerUri);
        registry.add("pathway.gateway.jwk-set-uri", ISSUER::jwkSetUri);
        registry.add("pathway.gateway.services.slow", SLOW::baseUri);
    }

    @AfterAll
    static void stopStub() {
        SLOW.close();
    }

    @Test
    void shouldPassAsManyCallsAsTheBulkheadAllowsAndRefuseOneMoreWithA503Problem() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = ISSUER.token().subject("user-" + UUID.randomUUID()).organization("mercy").roles("faculty").sign();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/slow/items"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(15)).GET().build();
        // A first call warms the route up (JWKS fetch, connection pool), so the next ones arrive together.
        assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, 4)
                .mapToObj(i -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString())).toList();
        List<HttpResponse<String>> responses = calls.stream().map(CompletableFuture::join).toList();

        assertThat(responses).filteredOn(response -> response.statusCode() == 200).hasSize(3);
        HttpResponse<String> refused = responses.stream().filter(response -> response.statusCode() != 200).findFirst()
                .orElseThrow();
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("limit of calls in flight");
    }

    @Test
    void shouldReturnThePermitsOfCallsTheClientGaveUpOn() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = ISSUER.token().subject("user-" + UUID.randomUUID()).organization("mercy").roles("faculty").sign();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/slow/abandoned");
        HttpRequest impatient = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMillis(300)).GET().build();
        for (int i = 0; i < 10; i++) {
            try {
                client.send(impatient, HttpResponse.BodyHandlers.ofString());
            } catch (java.net.http.HttpTimeoutException expected) {
                // the client gave up; the gateway must release the call's permit
            }
        }
        Thread.sleep(2500);
        HttpRequest patient = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(15)).GET().build();
        List<HttpResponse<String>> responses = IntStream.range(0, 3)
                .mapToObj(i -> client.sendAsync(patient, HttpResponse.BodyHandlers.ofString())).toList().stream()
                .map(CompletableFuture::join).toList();
        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200);
    }
}
