package org.pathway.gateway.edge;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.pathway.gateway.PathwayGatewayProperties;
import org.pathway.gateway.problem.ProblemResponses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ResponseStatusException;

/** Rate limits, circuit breakers, bulkheads and the CORS policy of the API. */
@Configuration(proxyBeanMethods = false)
class EdgeConfig {

    @Bean
    @ConditionalOnProperty(name = "pathway.gateway.rate-limits.enabled", havingValue = "true", matchIfMissing = true)
    RateLimitFilter rateLimitFilter(PathwayGatewayProperties properties, ProblemResponses problems) {
        return new RateLimitFilter(properties, problems);
    }

    /**
     * One breaker per service route (named after the service). Timeouts and refused connections count as failures;
     * the time limiter is off (see application.yml) because the route's response timeout already bounds the wait
     * for an answer, and a time limiter would also cut long streams that have started answering.
     */
    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceCircuitBreakers(PathwayGatewayProperties properties) {
        var resilience = properties.resilience();
        CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
                .failureRateThreshold(resilience.failureRateThreshold())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(resilience.slidingWindowSize())
                .minimumNumberOfCalls(resilience.minimumNumberOfCalls())
                .waitDurationInOpenState(resilience.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(resilience.permittedCallsInHalfOpenState())
                .recordException(EdgeConfig::isServiceFailure)
                .build();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id).circuitBreakerConfig(breaker).build());
    }

    /**
     * One semaphore bulkhead per service route, {@code max-concurrent-calls} wide, refusing at once when full: a
     * reactive gateway must never wait for a permit on an event-loop thread, so no wait duration.
     */
    @Bean
    Customizer<ReactiveResilience4jBulkheadProvider> serviceBulkheads(PathwayGatewayProperties properties) {
        BulkheadConfig bulkhead = BulkheadConfig.custom().maxConcurrentCalls(properties.resilience().maxConcurrentCalls())
                .maxWaitDuration(Duration.ZERO).build();
        return provider -> provider.configureDefault(id -> new Resilience4jBulkheadConfigurationBuilder()
                .bulkheadConfig(bulkhead).build());
    }

    /**
     * Only what says the service is unwell opens its breaker: no connection, no answer in time, a broken
     * connection. A client's own fault that surfaces while proxying (an oversize body, 413) must not, or any caller
     * could switch a service off for everyone.
     */
    static boolean isServiceFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ResponseStatusException status) {
                int code = status.getStatusCode().value();
                if (code == 502 || code == 503 || code == 504) {
                    return true;
                }
                if (status.getStatusCode().is4xxClientError()) {
                    return false;
                }
            }
            if (cause instanceof TimeoutException || cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** Closed unless origins are configured: a cross-origin browser call to the API is refused (403). */
    @Bean
    CorsConfigurationSource apiCorsConfigurationSource(PathwayGatewayProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.cors().allowedOrigins());
        cors.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.POST.name(), HttpMethod.PUT.name(),
                HttpMethod.PATCH.name(), HttpMethod.DELETE.name()));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-XSRF-TOKEN"));
        cors.setExposedHeaders(List.of("Location", "Retry-After"));
        // Bearer tokens only: browsers never send the session cookie cross-origin.
        cors.setAllowCredentials(false);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
