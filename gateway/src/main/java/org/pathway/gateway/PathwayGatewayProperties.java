package org.pathway.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Everything the gateway needs to know about its surroundings, bound from {@code pathway.gateway.*}.
 *
 * @param services        service name to base URI; each becomes the route {@code /api/<name>/**} (no path rewriting)
 * @param issuerUri       the Keycloak realm ({@code iss} of every accepted token, and the OIDC provider of the portal)
 * @param jwkSetUri       where the realm publishes its signing keys; defaults to Keycloak's location under the issuer
 * @param audience        the {@code aud} every API token must carry
 * @param clockSkew       tolerance on {@code exp}/{@code nbf} between the gateway's clock and Keycloak's
 * @param maxRequestSize  largest request body accepted on {@code /api/**}
 * @param portal          the gateway's own OIDC client, for browser sessions
 * @param keycloakAdmin   how the admin APIs reach Keycloak's admin REST API
 * @param rateLimits      per-user and per-client request budgets on {@code /api/**}
 * @param resilience      timeouts and circuit breaker of every service route
 * @param cors            origins allowed to call {@code /api/**} from a browser; none by default
 */
@ConfigurationProperties("pathway.gateway")
public record PathwayGatewayProperties(
        Map<String, URI> services,
        URI issuerUri,
        URI jwkSetUri,
        @DefaultValue("pathway-api") String audience,
        @DefaultValue("30s") Duration clockSkew,
        @DefaultValue("1MB") DataSize maxRequestSize,
        @DefaultValue Portal portal,
        @DefaultValue KeycloakAdmin keycloakAdmin,
        @DefaultValue RateLimits rateLimits,
        @DefaultValue Resilience resilience,
        @DefaultValue Cors cors) {

    public PathwayGatewayProperties {
        if (issuerUri == null) {
            throw new IllegalArgumentException("pathway.gateway.issuer-uri must be set (the Keycloak realm URL)");
        }
        // Sorted so route order, logs and tests do not depend on property source order.
        services = services == null ? Map.of() : new TreeMap<>(services);
        if (jwkSetUri == null) {
            jwkSetUri = URI.create(keycloakEndpoint(issuerUri, "certs"));
        }
    }

    /** An OpenID Connect endpoint of a Keycloak realm, e.g. {@code auth}, {@code token}, {@code logout}. */
    public static String keycloakEndpoint(URI realm, String endpoint) {
        String base = realm.toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/protocol/openid-connect/" + endpoint;
    }

    /**
     * @param registrationId         the id in {@code /oauth2/authorization/<id>} and {@code /login/oauth2/code/<id>}
     * @param clientId               the confidential Keycloak client the gateway logs users in with
     * @param clientSecret           its secret
     * @param scopes                 requested scopes; {@code organization} puts the institution into the tokens
     * @param postLogoutRedirectUri  where Keycloak sends the browser after RP-initiated logout
     */
    public record Portal(
            @DefaultValue("keycloak") String registrationId,
            @DefaultValue("pathway-gateway") String clientId,
            String clientSecret,
            @DefaultValue({"openid", "profile", "email", "organization"}) List<String> scopes,
            @DefaultValue("{baseUrl}/") String postLogoutRedirectUri) {
    }

    /**
     * The confidential client whose service account administers the realm (organizations, users, role mappings).
     *
     * @param baseUrl       Keycloak's root URL as the gateway reaches it, e.g. {@code http://127.0.0.1:8180}
     * @param realm         the realm to administer
     * @param clientId      a client with a service account holding the realm-management roles
     * @param clientSecret  its secret
     * @param timeout       how long one admin call may take before the admin API answers 503
     */
    public record KeycloakAdmin(
            @DefaultValue("http://127.0.0.1:8180") URI baseUrl,
            @DefaultValue("pathway") String realm,
            @DefaultValue("pathway-automation") String clientId,
            String clientSecret,
            @DefaultValue("10s") Duration timeout) {

        public String tokenUri() {
            return trimmed(baseUrl) + "/realms/" + realm + "/protocol/openid-connect/token";
        }

        public String adminUri() {
            return trimmed(baseUrl) + "/admin/realms/" + realm;
        }

        private static String trimmed(URI uri) {
            String base = uri.toString();
            return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        }
    }

    /**
     * Token buckets per caller on {@code /api/**}: one per user (the token's {@code sub}) and one per OAuth client
     * ({@code azp}), so neither one noisy user nor one noisy integration can starve the others.
     */
    public record RateLimits(
            @DefaultValue("true") boolean enabled,
            Bucket perUser,
            Bucket perClient) {

        public RateLimits {
            perUser = perUser != null ? perUser : new Bucket(100, 20);
            perClient = perClient != null ? perClient : new Bucket(1000, 200);
        }
    }

    /**
     * @param capacity        the burst a caller may spend at once
     * @param refillPerSecond tokens added back per second (the sustained rate); may be fractional
     */
    public record Bucket(int capacity, double refillPerSecond) {

        public Bucket {
            if (capacity < 1 || refillPerSecond <= 0) {
                throw new IllegalArgumentException("a rate limit needs capacity >= 1 and refill-per-second > 0");
            }
        }
    }

    /**
     * @param connectTimeout         how long a connection to a service may take
     * @param responseTimeout        how long a service may take to start answering (504 after that); streams such as
     *                               server-sent events are not cut once the answer has started
     * @param responseTimeouts       per-service overrides of {@code responseTimeout}
     * @param failureRateThreshold   percentage of failed calls (timeouts, refused connections) that opens a breaker
     * @param slidingWindowSize      how many recent calls the failure rate is computed over
     * @param minimumNumberOfCalls   calls needed before the failure rate counts
     * @param waitInOpenState        how long an open breaker answers 503 at once before letting trial calls through
     * @param permittedCallsInHalfOpenState trial calls that decide whether the breaker closes again
     * @param maxConcurrentCalls     calls one service route may have in flight at once (its bulkhead); one more is
     *                               refused at once with 503. Sized from measured concurrency: in-flight calls = rate ×
     *                               latency, and the gateway bench's 100 requests/s met latency spikes of 300 ms to 1 s
     *                               on a loaded machine (30 to 100 in flight), which the library's default of 25 refused.
     */
    public record Resilience(
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("10s") Duration responseTimeout,
            Map<String, Duration> responseTimeouts,
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("20") int slidingWindowSize,
            @DefaultValue("10") int minimumNumberOfCalls,
            @DefaultValue("30s") Duration waitInOpenState,
            @DefaultValue("3") int permittedCallsInHalfOpenState,
            @DefaultValue("100") int maxConcurrentCalls) {

        public Resilience {
            responseTimeouts = responseTimeouts == null ? Map.of() : Map.copyOf(responseTimeouts);
        }

        public Duration responseTimeout(String service) {
            return responseTimeouts.getOrDefault(service, responseTimeout);
        }
    }

    /** Browser origins allowed to call {@code /api/**} cross-origin; empty (the default) refuses every one. */
    public record Cors(List<String> allowedOrigins) {

        public Cors {
            allowedOrigins = allowedOrigins == null ? List.of()
                    : allowedOrigins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList();
        }
    }
}
