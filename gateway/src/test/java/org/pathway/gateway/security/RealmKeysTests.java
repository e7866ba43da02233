package org.pathway.gateway.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway's key source against a real HTTP JWKS endpoint that counts its calls and can be switched off. */
class RealmKeysTests {

    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicLong clock = new AtomicLong();
    private volatile String jwks;
    private volatile boolean up = true;
    private final HttpServer server = start();
    private final RealmKeys keys = new RealmKeys(WebClient.create(),
            "http://127.0.0.1:" + server.getAddress().getPort() + "/certs", Duration.ofSeconds(15), clock::get);

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldFetchTheKeysOnceAndRefetchForAnUnknownKidAtMostOncePerInterval() throws Exception {
        RSAKey known = key("known");
        jwks = new JWKSet(known.toPublicJWK()).toString();

        assertThat(keys.apply(token("known")).collectList().block()).hasSize(1);
        assertThat(keys.apply(token("known")).collectList().block()).hasSize(1);
        for (int i = 0; i < 50; i++) {
            assertThat(keys.apply(token("made-up-" + i)).collectList().block()).isEmpty();
        }
        assertThat(fetches).hasValue(1);

        RSAKey rotated = key("rotated");
        jwks = new JWKSet(java.util.List.of(known.toPublicJWK(), rotated.toPublicJWK())).toString();
        clock.addAndGet(Duration.ofSeconds(16).toNanos());
        assertThat(keys.apply(token("rotated")).collectList().block()).hasSize(1);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void shouldKeepTheKnownKeysWhenTheRealmCannotBeReached() throws Exception {
        jwks = new JWKSet(key("known").toPublicJWK()).toString();
        assertThat(keys.apply(token("known")).collectList().block()).hasSize(1);

        up = false;
        clock.addAndGet(Duration.ofSeconds(16).toNanos());
        assertThat(keys.apply(token("unknown")).collectList().block()).isEmpty();

        assertThat(keys.apply(token("known")).collectList().block()).hasSize(1);
    }

    private HttpServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext("/certs", exchange -> {
                try (exchange) {
                    fetches.incrementAndGet();
                    if (!up) {
                        exchange.sendResponseHeaders(503, -1);
                        return;
                    }
                    byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            });
            http.start();
            return http;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey key(String kid) throws Exception {
        return new RSAKeyGenerator(2048).keyID(kid).algorithm(JWSAlgorithm.RS256).generate();
    }

    private static SignedJWT token(String kid) {
        return new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
                new JWTClaimsSet.Builder().subject("someone").build());
    }
}
