package org.pathway.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.pathway.devstack.AppProcess;
import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.KeycloakServer;
import org.pathway.infra.local.LocalKeycloak;
import org.pathway.infra.local.LocalKeycloakServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keycloak stopped mid-run: a token it issued before keeps working for reads and writes at a service that trusts it,
 * because the service verifies signatures with the realm keys it fetched while Keycloak was up. (The gateway and the
 * other services under the same fault: infra/system-tests KeycloakDownSystemIT.)
 */
class KeycloakDownFault {

    private static final Duration OUTAGE = Duration.ofSeconds(20);

    @Test
    void shouldKeepAcceptingAlreadyIssuedTokensWhileKeycloakIsDown() {
        ProofPlatform platform = ProofPlatform.shared();
        try (LocalKeycloakServer keycloak = LocalKeycloak.startTemporary();
                AppProcess replica = platform.startPortfolioTrusting(keycloak.issuerUri(KeycloakServer.PATHWAY_REALM))) {
            String token = passwordGrant(keycloak.tokenUri(KeycloakServer.PATHWAY_REALM), "faculty@northbridge.edu");
            Activities portfolio = new Activities(replica.app().port());
            assertThat(portfolio.mine(token).statusCode()).as("the token works while Keycloak runs").isEqualTo(200);

            keycloak.stop();
            int sent = 0;
            int succeeded = 0;
            long end = System.nanoTime() + OUTAGE.toNanos();
            while (System.nanoTime() < end) {
                sent++;
                succeeded += portfolio.mine(token).statusCode() == 200 ? 1 : 0;
                FaultChecks.sleep(Duration.ofMillis(200));
            }
            String written = portfolio.record(token, FaultChecks.run("keycloak-down"));
            sent++;
            succeeded++;

            System.out.println("FAULT keycloak-down sent=" + sent + " applied=" + succeeded + " lost=" + (sent - succeeded)
                    + " duplicated=0 keycloak_running=" + keycloak.isRunning() + " outage_s=" + OUTAGE.toSeconds()
                    + " write_during_outage=" + written);
            assertThat(keycloak.isRunning()).isFalse();
            assertThat(succeeded).isEqualTo(sent);
        }
    }

    /** The realm's CLI client with a demo user's password (every demo user's is "pathway"). */
    private static String passwordGrant(String tokenUri, String username) {
        String form = "grant_type=password&client_id=pathway-cli&password=pathway&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpCalls.send(HttpRequest.newBuilder(URI.create(tokenUri))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body()).path("access_token").asString();
    }
}
