package org.pathway.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.gateway.PortalLogin.Portal;
import org.pathway.infra.local.JwtIssuer;
import org.pathway.infra.local.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser session through the gateway: OIDC login (authorization code + PKCE) against the realm's login
 * endpoints, token relay of the session's access token to a real downstream server, CSRF on session writes,
 * logout locally and at the realm. Tokens are RS256-signed by the shared {@link JwtIssuer}; the authorize/token/
 * userinfo endpoints it lacks come from {@link KeycloakLoginStub}, a stand-in that checks the client secret and PKCE
 * verifier as Keycloak does. The same login against the real Keycloak is {@code PortalLoginSystemIT} (infra/system-tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalSessionIT {

    static final JwtIssuer KEYS = TestInfrastructure.jwtIssuer();
    static final KeycloakLoginStub REALM = KeycloakLoginStub.start(KEYS);
    static final StubService PORTFOLIO = StubService.start("portfolio");
    static final StubService PROMOTION_REVIEW = StubService.start("promotion-review");

    @LocalServerPort
    int port;

    WebTestClient browser;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("pathway.gateway.issuer-uri", REALM::realmUri);
        registry.add("pathway.gateway.jwk-set-uri", KEYS::jwkSetUri);
        registry.add("pathway.gateway.portal.client-secret", () -> KeycloakLoginStub.CLIENT_SECRET);
        registry.add("pathway.gateway.services.portfolio", PORTFOLIO::baseUri);
        registry.add("pathway.gateway.services.promotion-review", PROMOTION_REVIEW::baseUri);
    }

    @AfterAll
    static void stopServers() {
        REALM.close();
        PORTFOLIO.close();
        PROMOTION_REVIEW.close();
    }

    @BeforeEach
    void setUp() {
        REALM.signInAs("mercy", "faculty");
        browser = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15)).build();
        PORTFOLIO.forget();
        PROMOTION_REVIEW.forget();
    }

    @Test
    void shouldRelayTheSessionsAccessTokenToTheServiceAfterOidcLogin() throws Exception {
        String session = logIn();

        browser.get().uri("/api/portfolio/profiles/me")
                .cookie("SESSION", session)
                .exchange()
                .expectStatus().isOk();

        StubService.Received received = PORTFOLIO.takeRequest();
        assertThat(received.authorization()).isEqualTo("Bearer " + REALM.lastAccessToken());
        assertThat(received.cookie()).isNull();
    }

    @Test
    void shouldShowTheSignedInUser() throws Exception {
        String session = logIn();

        browser.get().uri("/whoami")
                .cookie("SESSION", session)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo("ada")
                .jsonPath("$.organizations[0]").isEqualTo("mercy");
        Portal portal = portal(session);
        assertThat(portal.me().get("username").asString()).isEqualTo("ada");
        assertThat(portal.me().get("organizations").get(0).asString()).isEqualTo("mercy");
        // From the session's access token, read on the server: the browser never sees a token.
        assertThat(portal.me().get("roles").get(0).asString()).isEqualTo("faculty");
        assertThat(portal.me().toString()).doesNotContain(REALM.lastAccessToken());
    }

    @Test
    void shouldDescribeABearerCallerFromItsOwnTokenKeepingOnlyPathwayRoles() {
        String token = KEYS.token().issuer(REALM.realmUri()).username("bo").organization("mercy")
                .roles("institution-admin", "offline_access").sign();

        browser.get().uri("/api/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo("bo")
                .jsonPath("$.organizations[0]").isEqualTo("mercy")
                .jsonPath("$.roles.length()").isEqualTo(1)
                .jsonPath("$.roles[0]").isEqualTo("institution-admin");
        browser.get().uri("/api/me")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().doesNotExist(HttpHeaders.LOCATION);
    }

    @Test
    void shouldServeThePortalAppAtItsPagesBehindTheLogin() throws Exception {
        for (String page : List.of("/portfolio", "/mentoring/matches/m-1")) {
            browser.get().uri(page)
                    .exchange()
                    .expectStatus().isFound()
                    .expectHeader().location("/oauth2/authorization/keycloak");
        }
        String session = logIn();

        // A page of the navigation, and an email's deep link whose page the app picks itself.
        for (String page : List.of("/", "/portfolio", "/institution/criteria", "/mentoring/matches/m-1",
                "/notifications/preferences")) {
            String html = browser.get().uri(page)
                    .cookie("SESSION", session)
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectHeader().cacheControl(CacheControl.noCache())
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(html).contains("<div id=\"root\"></div>").containsPattern("/assets/index-[\\w-]+\\.js");
        }
    }

    @Test
    void shouldAnswerTheBrowsersFaviconRequestWithoutALoginOrANewSession() {
        // A session id /api/me has just renewed: the favicon request races the portal app's first call.
        var favicon = browser.get().uri("/favicon.ico")
                .cookie("SESSION", "renewed-since")
                .exchange()
                .returnResult(Void.class);

        assertThat(favicon.getStatus().is3xxRedirection()).as("redirected to %s", favicon.getResponseHeaders()
                .getLocation()).isFalse();
        assertThat(favicon.getResponseCookies()).doesNotContainKey("SESSION");
    }

    @Test
    void shouldServeTheLetterUploadPageWithoutLoginAndKeepEveryOtherPageBehindIt() {
        // The external writer follows the e-mailed link with no account: the page and the bundles it loads open.
        String html = browser.get().uri("/promotion/letters/upload?token=" + "a".repeat(43))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("<div id=\"root\"></div>");
        for (String asset : assets(html)) {
            browser.get().uri(asset).exchange().expectStatus().isOk();
        }
        assertThat(assets(html)).as("the page's script and styles").hasSizeGreaterThanOrEqualTo(2);

        // Everything else still sends a browser to the login, the writer's page under another method or path too.
        for (String page : List.of("/", "/promotion", "/dossiers", "/promotion/letters", "/promotion/letters/upload/x")) {
            browser.get().uri(page)
                    .exchange()
                    .expectStatus().isFound()
                    .expectHeader().location("/oauth2/authorization/keycloak");
        }
        browser.post().uri("/promotion/letters/upload")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("token=x")
                .exchange()
                .expectStatus().isForbidden();
        browser.get().uri("/api/promotion-review/dossiers").exchange().expectStatus().isUnauthorized();
        assertThat(PROMOTION_REVIEW.receivedNothing()).isTrue();
    }

    @Test
    void shouldPassTheLetterUploadOnWithoutCsrfTokenEvenFromABrowserWithASession() throws Exception {
        String session = logIn();
        String body = "{\"token\": \"%s\", \"text\": \"Dear committee\"}".formatted("a".repeat(43));

        // The public page has no CSRF token to send: the upload's own secret token is its only credential.
        browser.post().uri("/api/promotion-review/letters/upload")
                .cookie("SESSION", session)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isOk();
        assertThat(PROMOTION_REVIEW.takeRequest().pathAndQuery()).isEqualTo("/api/promotion-review/letters/upload");
        browser.post().uri("/api/promotion-review/letters/upload")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isOk();
        assertThat(PROMOTION_REVIEW.takeRequest().authorization()).as("no account, no token").isNull();

        // Any other session write still needs the CSRF token.
        browser.post().uri("/api/promotion-review/dossiers")
                .cookie("SESSION", session)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isForbidden();
        assertThat(PROMOTION_REVIEW.receivedNothing()).isTrue();
    }

    /** The hashed bundles index.html loads. */
    private static List<String> assets(String html) {
        return Pattern.compile("/assets/[\\w.-]+").matcher(html).results().map(MatchResult::group).toList();
    }

    @Test
    void shouldRequireTheCsrfTokenForSessionWrites() throws Exception {
        Portal home = portal(logIn());
        String session = home.session();
        String csrf = home.csrfToken();

        browser.post().uri("/api/portfolio/activities")
                .cookie("SESSION", session)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
        assertThat(PORTFOLIO.receivedNothing()).isTrue();

        browser.post().uri("/api/portfolio/activities")
                .cookie("SESSION", session)
                .header("X-CSRF-TOKEN", csrf)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isOk();
        assertThat(PORTFOLIO.takeRequest().authorization()).isEqualTo("Bearer " + REALM.lastAccessToken());
    }

    @Test
    void shouldLogOutLocallyAndAtTheRealm() throws Exception {
        Portal home = portal(logIn());
        String session = home.session();
        String csrf = home.csrfToken();

        URI keycloakLogout = browser.post().uri("/logout")
                .cookie("SESSION", session)
                .body(BodyInserters.fromFormData("_csrf", csrf))
                .exchange()
                .expectStatus().isFound()
                .returnResult(Void.class).getResponseHeaders().getLocation();

        assertThat(keycloakLogout).isNotNull();
        assertThat(keycloakLogout.toString()).startsWith(REALM.realmUri() + "/protocol/openid-connect/logout?");
        var query = UriComponentsBuilder.fromUri(keycloakLogout).build().getQueryParams();
        assertThat(query.getFirst("id_token_hint")).isNotBlank();
        assertThat(query.getFirst("post_logout_redirect_uri")).isEqualTo("http://127.0.0.1:" + port + "/");

        browser.get().uri("/api/portfolio/profiles/me")
                .cookie("SESSION", session)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().doesNotExist(HttpHeaders.LOCATION);
        assertThat(PORTFOLIO.receivedNothing()).isTrue();
    }

    private String logIn() throws Exception {
        return PortalLogin.logIn(browser, REALM, port);
    }

    private Portal portal(String session) {
        return PortalLogin.portal(browser, session);
    }
}
