package org.pathway.gateway.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * While Keycloak cannot be reached, finishing a portal login (the code-for-token exchange on
 * {@code /login/oauth2/code/*}) fails; the browser then gets a 503 page saying so, with {@code Retry-After}, instead
 * of a stack-trace error page or a login page that blames the user's password. Bearer requests are not affected: the
 * realm's keys are cached, so tokens already issued keep working.
 */
final class LoginUnavailable implements WebFilter, Ordered {

    static final String CALLBACK_PREFIX = "/login/oauth2/code/";
    private static final Logger log = LoggerFactory.getLogger(LoginUnavailable.class);
    private static final String PAGE = """
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Sign-in unavailable – Pathway</title></head>
            <body>
            <h1>Sign-in is temporarily unavailable</h1>
            <p>Pathway cannot reach its sign-in service right now, so your sign-in could not be completed.
            Please try again in a few minutes. If you were already signed in, nothing is lost.</p>
            <p><a href="/">Try again</a></p>
            </body>
            </html>
            """;

    @Override
    public int getOrder() {
        // Around Spring Security's chain (-100), which runs the code exchange.
        return -200;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().pathWithinApplication().value().startsWith(CALLBACK_PREFIX)) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange).onErrorResume(LoginUnavailable::identityProviderUnreachable, error -> {
            log.warn("Portal login could not be completed, the identity provider is unreachable: {}", error.toString());
            return page(exchange.getResponse());
        });
    }

    static boolean identityProviderUnreachable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof WebClientRequestException || cause instanceof IOException
                    || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static Mono<Void> page(ServerHttpResponse response) {
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
        response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, "60");
        response.getHeaders().setCacheControl("no-store");
        return response.writeWith(Mono.just(response.bufferFactory().wrap(PAGE.getBytes(StandardCharsets.UTF_8))));
    }
}
