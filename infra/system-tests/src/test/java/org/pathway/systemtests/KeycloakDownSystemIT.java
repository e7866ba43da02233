package org.pathway.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.pathway.devstack.PlatformApp;
import org.pathway.infra.local.HttpCalls;

/**
 * Keycloak stops while the platform runs: tokens it issued before keep working at the gateway and at every service
 * (the realm's keys are cached), a portal login that cannot be finished gets a clear "sign-in unavailable" page, and
 * every service stays ready. Keycloak is started again afterwards, with its data, for the other system tests.
 */
// Stops and restarts the Keycloak every class shares: it runs after all of them (see junit-platform.properties).
@Order(Integer.MAX_VALUE)
class KeycloakDownSystemIT {

    private static final Pattern STATE = Pattern.compile("[?&]state=([^&]+)");

    @Test
    void shouldKeepIssuedTokensValidAndFailLoginsClearlyWhileKeycloakIsDown() {
        PlatformUnderTest platform = PlatformUnderTest.get();
        PortalLoginSystemIT.allowRedirectsTo(platform, platform.gatewayUrl(""));
        String faculty = platform.login("faculty@northbridge.edu");
        String admin = platform.login("admin@northbridge.edu");
        // Every app verifies a token once, so each has fetched the realm's keys before Keycloak goes away.
        for (PlatformApp service : platform.services) {
            HttpResponse<String> response = HttpCalls.get(platform.gatewayUrl("/api/" + service.name() + "/no-such-route"),
                    faculty);
            assertThat(response.statusCode()).as(service.name()).isNotEqualTo(401);
        }
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new LoopbackBrowserCookies())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> toKeycloak = send(browser, platform.gatewayUrl("/oauth2/authorization/keycloak"));
        String authorizationUrl = toKeycloak.headers().firstValue("Location").orElseThrow();

        platform.keycloak.stop();
        try {
            HttpResponse<String> read = HttpCalls.get(platform.gatewayUrl("/api/portfolio/activities"), faculty);
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            HttpResponse<String> write = HttpCalls.postJson(platform.gatewayUrl("/api/portfolio/activities"), faculty,
                    "{\"kind\": \"TEACHING\", \"title\": \"Taught while Keycloak was down\", \"occurredOn\": \"2025-10-01\","
                            + " \"teaching\": {\"hours\": 2, \"learnerLevel\": \"RESIDENT\", \"learnerCount\": 8}}");
            assertThat(write.statusCode()).as(write.body()).isEqualTo(201);
            HttpResponse<String> adminRead = HttpCalls.get(platform.gatewayUrl("/api/job-posting/admin/postings"), admin);
            assertThat(adminRead.statusCode()).as(adminRead.body()).isEqualTo(200);
            for (PlatformApp service : platform.services) {
                HttpResponse<String> direct = HttpCalls.get(service.baseUrl() + "/api/" + service.name() + "/no-such-route",
                        faculty);
                assertThat(direct.statusCode()).as(service.name() + " verifies the token itself").isNotEqualTo(401);
                assertThat(HttpCalls.get(service.baseUrl() + "/actuator/health/readiness", null).statusCode())
                        .as(service.name() + " stays ready").isEqualTo(200);
            }

            // The user signed in at Keycloak just before it stopped: the gateway cannot exchange the code.
            Matcher state = STATE.matcher(authorizationUrl);
            assertThat(state.find()).as(authorizationUrl).isTrue();
            HttpResponse<String> callback = send(browser, platform.gatewayUrl("/login/oauth2/code/keycloak?code=issued-before-"
                    + "the-outage&state=" + URLDecoder.decode(state.group(1), StandardCharsets.UTF_8)));
            assertThat(callback.statusCode()).as(callback.body()).isEqualTo(503);
            assertThat(callback.headers().firstValue("Retry-After")).isPresent();
            assertThat(callback.body()).contains("Sign-in is temporarily unavailable");
            assertThat(HttpCalls.get(platform.gatewayUrl("/actuator/health/readiness"), null).statusCode())
                    .as("the gateway stays ready").isEqualTo(200);
        } finally {
            platform.keycloak.restart();
        }
        assertThat(platform.login("faculty@northbridge.edu")).isNotBlank();

        // After the outage a new portal session works end to end: the gateway relays its token and the services accept it.
        HttpClient signedIn = PortalLoginSystemIT.signedInBrowser(platform, "faculty@northbridge.edu", "pathway");
        HttpResponse<String> me = send(signedIn, platform.gatewayUrl("/api/me"));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        for (String path : new String[] {"/api/portfolio/activities", "/api/promotion-review/readiness/me",
                "/api/notification/feed"}) {
            HttpResponse<String> relayed = send(signedIn, platform.gatewayUrl(path));
            assertThat(relayed.statusCode()).as(path + ": " + relayed.body()).isNotIn(401, 403);
        }
    }

    private static HttpResponse<String> send(HttpClient browser, String url) {
        return PortalLoginSystemIT.sendWith(browser,
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build());
    }
}
