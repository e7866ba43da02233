package org.pathway.proofs.jwtoff;

import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

/**
 * BENCH ONLY, never part of an app: put on the gateway's class path by {@code GatewayBench} (Spring Boot's
 * {@code loader.path}) to measure what JWT validation costs. It replaces the gateway's {@link ReactiveJwtDecoder} bean with
 * one that parses the token's claims and checks nothing: no signature, no issuer, audience or expiry. Everything else of
 * the gateway (roles from the claims, rate limits, circuit breaker, relay) runs unchanged, and the backend service still
 * validates the relayed token itself. The production code has no switch for this; only this class on the class path does.
 */
@AutoConfiguration
public class UnverifiedJwtAutoConfiguration {

    static final String BANNER = "BENCH-ONLY: this gateway does NOT validate JWTs (signature, issuer, audience, expiry)";
    private static final Logger log = LoggerFactory.getLogger(UnverifiedJwtAutoConfiguration.class);

    @Bean
    static BeanPostProcessor benchUnverifiedJwtDecoder() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ReactiveJwtDecoder) {
                    log.warn("{} (bean '{}' replaced)", BANNER, beanName);
                    return new UnverifiedDecoder();
                }
                return bean;
            }
        };
    }

    /** Claims as Spring Security's own decoders map them (exp, iat as instants; aud as a list), nothing checked. */
    static final class UnverifiedDecoder implements ReactiveJwtDecoder {

        private final MappedJwtClaimSetConverter claims = MappedJwtClaimSetConverter.withDefaults(Map.of());

        @Override
        public Mono<Jwt> decode(String token) {
            try {
                JWT parsed = JWTParser.parse(token);
                Map<String, Object> headers = new LinkedHashMap<>(parsed.getHeader().toJSONObject());
                Map<String, Object> converted = claims.convert(parsed.getJWTClaimsSet().getClaims());
                return Mono.just(Jwt.withTokenValue(token).headers(h -> h.putAll(headers)).claims(c -> c.putAll(converted))
                        .build());
            } catch (ParseException e) {
                return Mono.error(new BadJwtException("not a JWT", e));
            }
        }
    }
}
