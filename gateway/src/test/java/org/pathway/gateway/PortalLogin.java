package org.pathway.gateway;

import java.net.URI;

import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's side of the portal login against {@link KeycloakLoginStub}: the authorization code flow through the
 * gateway, then the portal app's first call ({@code /api/me}) for the CSRF token its writes must carry.
 */
final class PortalLogin {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PortalLogin() {
    }

    /** Runs the browser side of the authorization code flow and returns the logged-in session id. */
    static String logIn(WebTestClient browser, KeycloakLoginStub realm, int port) throws Exception {
        EntityExchangeResult<Void> start = browser.get().uri("/oauth2/authorization/keycloak")
                .exchange()
                .expectStatus().isFound()
                .expectBody().isEmpty();
        String preLoginSession = sessionCookie(start);
        URI authorize = start.getResponseHeaders().getLocation();

        URI callback = realm.authorizeAndReturnCallback(authorize);
        assertThat(callback.toString()).startsWith("http://127.0.0.1:" + port + "/login/oauth2/code/keycloak?");

        EntityExchangeResult<Void> loggedIn = browser.get().uri(callback)
                .cookie("SESSION", preLoginSession)
                .exchange()
                .expectStatus().isFound()
                .expectHeader().location("/")
                .expectBody().isEmpty();
        String session = sessionCookie(loggedIn);
        // A new session id at login: a session id planted before login must not become a logged-in session.
        assertThat(session).isNotEqualTo(preLoginSession);
        return session;
    }

    /**
     * What the portal app reads first, {@code /api/me}, and the session id to use from now on: generating the CSRF
     * token changes the session id (Spring's WebSessionServerCsrfTokenRepository), which a browser follows through
     * Set-Cookie.
     */
    static Portal portal(WebTestClient browser, String session) {
        EntityExchangeResult<String> result = browser.get().uri("/api/me")
                .cookie("SESSION", session)
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult();
        ResponseCookie renewed = result.getResponseCookies().getFirst("SESSION");
        return new Portal(JSON.readTree(result.getResponseBody()), renewed != null ? renewed.getValue() : session);
    }

    record Portal(JsonNode me, String session) {

        String csrfToken() {
            assertThat(me.get("csrf").get("headerName").asString()).isEqualTo("X-CSRF-TOKEN");
            return me.get("csrf").get("token").asString();
        }
    }

    private static String sessionCookie(EntityExchangeResult<?> result) {
        ResponseCookie cookie = result.getResponseCookies().getFirst("SESSION");
        assertThat(cookie).as("SESSION cookie").isNotNull();
        return cookie.getValue();
    }
}
