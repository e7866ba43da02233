package org.pathway.gateway.problem;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.netty.handler.timeout.ReadTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProblemExceptionHandlerTests {

    private final ProblemExceptionHandler handler =
            new ProblemExceptionHandler(new ProblemResponses(JsonMapper.builder().build()));

    @Test
    void shouldWriteApiErrorAsProblemJsonWithItsStatusAndDetail() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/portfolio/evidence"));

        handler.handle(exchange, new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "Too big.")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block()).isEqualTo(
                "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\"Too big.\","
                        + "\"instance\":\"/api/portfolio/evidence\"}");
    }

    @Test
    void shouldLeaveNonApiErrorsToBootsErrorHandling() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/apiary"));
        ResponseStatusException notFound = new ResponseStatusException(HttpStatus.NOT_FOUND);

        assertThatThrownBy(() -> handler.handle(exchange, notFound).block()).isSameAs(notFound);
        assertThat(exchange.getResponse().getStatusCode()).isNull();
    }

    @Test
    void shouldNotLeakSpringsStaticResourceWordingIn404() {
        var problem = ProblemExceptionHandler.classify(new ResponseStatusException(HttpStatus.NOT_FOUND, "No static resource api/x."));

        assertThat(problem.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(problem.detail()).isEqualTo("No API route matches this path.");
    }

    @Test
    void shouldAnswerAFullBulkheadWith503NotAnUnexpectedError() {
        var full = BulkheadFullException.createBulkheadFullException(Bulkhead.of("portfolio",
                BulkheadConfig.custom().maxConcurrentCalls(1).build()));

        var problem = ProblemExceptionHandler.classify(full);

        assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(problem.detail()).contains("limit of calls in flight");
    }

    @Test
    void shouldMapUpstreamAndIssuerFailuresToTheirStatuses() {
        assertThat(ProblemExceptionHandler.classify(new IllegalStateException("relay", new ConnectException("refused")))
                .status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(ProblemExceptionHandler.classify(new TimeoutException()).status()).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        // An HTTP client's response timeout (Netty's own exception, wrapped by WebClient).
        assertThat(ProblemExceptionHandler.classify(new IllegalStateException("admin call", ReadTimeoutException.INSTANCE))
                .status()).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        assertThat(ProblemExceptionHandler.classify(new AuthenticationServiceException("no keys")).status())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(ProblemExceptionHandler.classify(
                new ClientAuthorizationException(new OAuth2Error("invalid_grant"), "keycloak")).status())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldHideInternalsOfUnexpectedErrors() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/portfolio/x"));

        handler.handle(exchange, new NullPointerException("secret internals")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        String body = exchange.getResponse().getBodyAsString().block();
        assertThat(body).contains("\"status\":500").doesNotContain("secret").doesNotContain("NullPointer");
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(
                (int) exchange.getResponse().getHeaders().getContentLength());
    }
}
