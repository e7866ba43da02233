package org.pathway.kit.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Every knob of the kit, under {@code pathway.kit.*}; the defaults are what a service gets without a line of config. */
@ConfigurationProperties("pathway.kit")
public record KitProperties(
        @DefaultValue Events events,
        @DefaultValue Outbox outbox,
        @DefaultValue Consumer consumer,
        @DefaultValue Security security,
        @DefaultValue Web web,
        @DefaultValue DeadLetters deadLetters) {

    /** @param source the CloudEvents {@code ce_source} of every event; default {@code /pathway/<spring.application.name>} */
    public record Events(String source) {
    }

    /**
     * @param sweepEnabled   whether this replica sweeps (every replica may; leases keep them from colliding)
     * @param sweepInterval  pause between two sweeps
     * @param sweepGrace     a document's outbox is left alone this long after its oldest event, so the writer's own
     *                       after-save publish is not raced by a sweep
     * @param lease          how long a sweeping replica owns a document before another may take it over
     * @param publishTimeout how long to wait for the broker's ack of one event
     * @param sweepBatchSize documents claimed per collection per sweep
     * @param collections    extra collections to sweep, beyond those of mapped {@code OutboxAggregate} types
     */
    public record Outbox(
            @DefaultValue("true") boolean sweepEnabled,
            @DefaultValue("5s") Duration sweepInterval,
            @DefaultValue("2s") Duration sweepGrace,
            @DefaultValue("30s") Duration lease,
            @DefaultValue("10s") Duration publishTimeout,
            @DefaultValue("100") int sweepBatchSize,
            @DefaultValue List<String> collections) {
    }

    /**
     * @param processedCollection where the idempotent guard remembers processed event ids
     * @param processedRetention  how long a processed event id is remembered (TTL index)
     */
    public record Consumer(
            @DefaultValue("processed_events") String processedCollection,
            @DefaultValue("14d") Duration processedRetention) {
    }

    /**
     * @param issuerUri          expected {@code iss}; never contacted at start-up
     * @param jwkSetUri          where signing keys are fetched (lazily); default: Keycloak's certs path under the issuer
     * @param audience           an {@code aud} every accepted token must carry
     * @param clockSkew          tolerance on {@code exp}/{@code nbf}
     * @param publicPaths        reachable without a token
     * @param tenantPaths        need a token with exactly one organization
     * @param platformAdminPaths need the platform-admin role, no organization required
     * @param platformAdminRole  the realm role of platform operators
     * @param roleRules          realm roles required per path, first match wins; checked in the security filter chain,
     *                           so a caller without the role gets 403 before any request body is read. Paths under
     *                           {@code tenantPaths} still need exactly one organization.
     */
    public record Security(
            String issuerUri,
            String jwkSetUri,
            @DefaultValue("pathway-api") String audience,
            @DefaultValue("30s") Duration clockSkew,
            @DefaultValue({"/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                    "/v3/api-docs", "/v3/api-docs/**",
                    "/swagger-ui.html", "/swagger-ui/**", "/error"}) List<String> publicPaths,
            @DefaultValue("/api/**") List<String> tenantPaths,
            @DefaultValue("/api/*/admin/platform/**") List<String> platformAdminPaths,
            @DefaultValue("platform-admin") String platformAdminRole,
            @DefaultValue List<RoleRule> roleRules) {

        /** @param paths Ant-style path patterns; @param anyOf realm roles, any one of which grants access */
        public record RoleRule(List<String> paths, List<String> anyOf) {
        }

        public String effectiveJwkSetUri() {
            if (jwkSetUri != null && !jwkSetUri.isBlank()) {
                return jwkSetUri;
            }
            if (issuerUri == null || issuerUri.isBlank()) {
                throw new IllegalStateException("Set pathway.kit.security.issuer-uri (and optionally jwk-set-uri)");
            }
            return issuerUri + "/protocol/openid-connect/certs";
        }
    }

    /**
     * @param collection     where each dead-lettered message is recorded
     * @param apiPrefix      the admin API lives under {@code <apiPrefix>/admin/dead-letters} (tenant) and
     *                       {@code <apiPrefix>/admin/platform/dead-letters} (platform); default
     *                       {@code /api/<spring.application.name>}
     * @param adminRole      the realm role that may list and replay its own institution's dead letters
     * @param excerptLength  characters of the payload shown to that institution's admins
     */
    public record DeadLetters(
            @DefaultValue("dead_letters") String collection,
            String apiPrefix,
            @DefaultValue("institution-admin") String adminRole,
            @DefaultValue("2000") int excerptLength) {
    }

    /** @param maxBodySize larger request bodies are refused with 413 */
    public record Web(@DefaultValue("1MB") DataSize maxBodySize) {
    }
}
