package org.pathway.infra.local;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.json.JsonMapper;

/**
 * A running Keycloak (the real server: the local distribution or a container). URLs are loopback URLs with a
 * fixed hostname, so a token's {@code iss} is always {@link #issuerUri(String)}.
 */
public interface KeycloakServer extends RunningServer {

    /** The realm in {@code keycloak/pathway-realm.json}. */
    String PATHWAY_REALM = "pathway";

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    String baseUrl();

    default String issuerUri(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    default String tokenUri(String realm) {
        return issuerUri(realm) + "/protocol/openid-connect/token";
    }

    default String jwkSetUri(String realm) {
        return issuerUri(realm) + "/protocol/openid-connect/certs";
    }

    /** The bootstrap administrator of the {@code master} realm. */
    String adminUsername();

    String adminPassword();

    /**
     * Points a realm's outgoing mail (invitations, password resets) at an SMTP server. The realm file carries no mail
     * settings because the local SMTP port differs per run; set through the admin REST API as the bootstrap admin.
     */
    default void sendRealmMailThrough(String realm, String smtpHost, int smtpPort) {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(adminUsername(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(adminPassword(), StandardCharsets.UTF_8);
        HttpResponse<String> token = HttpCalls.send(HttpCalls.request(tokenUri("master"), null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (token.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused its bootstrap admin: " + token.statusCode());
        }
        String accessToken = JsonMapper.builder().build().readTree(token.body()).get("access_token").asString();
        HttpResponse<String> updated = HttpCalls.send(HttpCalls.request(baseUrl() + "/admin/realms/" + realm, accessToken)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"smtpServer\": {\"host\": \"" + smtpHost + "\", \"port\": \""
                        + smtpPort + "\", \"from\": \"pathway@pathway.local\", \"fromDisplayName\": \"Pathway\"}}"))
                .build());
        if (updated.statusCode() != 204) {
            throw new IllegalStateException("Keycloak refused the mail settings of " + realm + ": " + updated.statusCode()
                    + " " + updated.body());
        }
    }

    /** Stops the server and keeps its data; {@link #restart()} starts it again. */
    void stop();

    /** Starts the server again with the same data (stopping it first if it runs); returns once it answers. */
    void restart();
}
