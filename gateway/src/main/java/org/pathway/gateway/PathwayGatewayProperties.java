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
 */
@ConfigurationProperties("pathway.gateway")
public record PathwayGatewayProperties(
        Map<String, URI> services,
        URI issuerUri,
        URI jwkSetUri,
        @DefaultValue("pathway-api") String audience,
        @DefaultValue("30s") Duration clockSkew,
        @DefaultValue("1MB") DataSize maxRequestSize,
        @DefaultValue Portal portal) {

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
}
