package org.pathway.infra.local;

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

    /** Stops the server and keeps its data; {@link #restart()} starts it again. */
    void stop();

    /** Starts the server again with the same data (stopping it first if it runs); returns once it answers. */
    void restart();
}
