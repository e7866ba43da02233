package org.pathway.gateway.security;

import java.net.ConnectException;
import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginUnavailableTests {

    private final LoginUnavailable filter = new LoginUnavailable();

    @Test
    void shouldAnswerACallbackThatCannotReachKeycloakWithA503PageAndRetryAfter() {
        MockServerWebExchange exchange = exchange("/login/oauth2/code/keycloak?code=c&state=s");

        filter.filter(exchange, failingWith(keycloakUnreachable())).block();

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(503);
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("60");
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("Sign-in is temporarily unavailable");
    }

    @Test
    void shouldLeaveOtherFailuresAndOtherPathsToTheUsualHandlers() {
        IllegalStateException bug = new IllegalStateException("a bug, not an outage");

        assertThatThrownBy(() -> filter.filter(exchange("/login/oauth2/code/keycloak"), failingWith(bug)).block())
                .isSameAs(bug);
        assertThatThrownBy(() -> filter.filter(exchange("/whoami"), failingWith(keycloakUnreachable())).block())
                .isInstanceOf(WebClientRequestException.class);
    }

    private static MockServerWebExchange exchange(String path) {
        return MockServerWebExchange.from(MockServerHttpRequest.get(path));
    }

    private static WebFilterChain failingWith(Throwable error) {
        return exchange -> Mono.error(error);
    }

    private static WebClientRequestException keycloakUnreachable() {
        return new WebClientRequestException(new ConnectException("Connection refused"), HttpMethod.POST,
                URI.create("http://127.0.0.1:8180/realms/pathway/protocol/openid-connect/token"), new HttpHeaders());
    }
}
