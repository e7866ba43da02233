package org.pathway.gateway.security;

import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The realm's signing keys for the gateway's JWT decoder, fetched once and kept. Spring's default source fetches the
 * JWKS again for every token whose key id it does not know, so anyone could make the gateway call Keycloak once per
 * request with made-up key ids (before any rate limit applies, since those requests never authenticate). Here a
 * miss refetches at most once per {@code minRefetchInterval}, which still picks up a key Keycloak rotated in. A failed
 * fetch keeps the keys already known: tokens issued before a Keycloak outage keep validating.
 */
final class RealmKeys implements Function<SignedJWT, Flux<JWK>> {

    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);

    private final WebClient web;
    private final String jwkSetUri;
    private final long minRefetchNanos;
    private final LongSupplier nanoTime;
    private Mono<JWKSet> keys;
    private long fetchedAt;

    RealmKeys(WebClient web, String jwkSetUri, Duration minRefetchInterval, LongSupplier nanoTime) {
        this.web = web;
        this.jwkSetUri = jwkSetUri;
        this.minRefetchNanos = minRefetchInterval.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public Flux<JWK> apply(SignedJWT jwt) {
        JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader()));
        return current().flatMapMany(known -> {
            List<JWK> matching = selector.select(known);
            if (!matching.isEmpty()) {
                return Flux.fromIterable(matching);
            }
            Mono<JWKSet> refreshed = refetchIfDue();
            return refreshed == null ? Flux.empty() : refreshed.flatMapIterable(selector::select);
        });
    }

    private synchronized Mono<JWKSet> current() {
        if (keys == null) {
            keys = fetch(null);
            fetchedAt = nanoTime.getAsLong();
        }
        return keys;
    }

    /** A new fetch when the last one is old enough, else null (the token's key is simply unknown). */
    private synchronized Mono<JWKSet> refetchIfDue() {
        long now = nanoTime.getAsLong();
        if (now - fetchedAt < minRefetchNanos) {
            return null;
        }
        fetchedAt = now;
        keys = fetch(keys);
        return keys;
    }

    private Mono<JWKSet> fetch(Mono<JWKSet> previous) {
        Mono<JWKSet> fetched = web.get().uri(jwkSetUri).retrieve().bodyToMono(String.class).map(RealmKeys::parse)
                // A hung Keycloak must not hang every request that carries a token.
                .timeout(FETCH_TIMEOUT);
        // On failure: the keys known so far (if any), and the next miss may try again.
        Mono<JWKSet> fallback = previous != null ? previous : Mono.empty();
        return fetched.onErrorResume(error -> {
            forgetIfFirst(previous);
            return previous != null ? fallback : Mono.error(error);
        }).cache(set -> Duration.ofNanos(Long.MAX_VALUE), error -> Duration.ZERO, () -> Duration.ZERO);
    }

    private synchronized void forgetIfFirst(Mono<JWKSet> previous) {
        if (previous == null) {
            keys = null;
        }
    }

    private static JWKSet parse(String json) {
        try {
            return JWKSet.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("The realm's JWKS is not a JWK set", e);
        }
    }
}
