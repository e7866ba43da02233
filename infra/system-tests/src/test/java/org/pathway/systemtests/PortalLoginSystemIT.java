package org.pathway.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.HttpCalls;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The portal's login as a browser does it, against the real Keycloak: the gateway redirects to Keycloak (authorization
 * code + PKCE), the user types username then password on Keycloak's own pages, the gateway exchanges the code, keeps
 * the tokens in its session and relays the access token to the services. The browser never holds a token.
 */
class PortalLoginSystemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static PlatformUnderTest platform;

    @BeforeAll
    static void startPlatformAndAllowItsGatewayAsRedirectTarget() {
        platform = PlatformUnderTest.get();
        allowRedirectsTo(platform, platform.gatewayUrl(""));
    }

    @Test
    void shouldLogInThroughKeycloakAndRelayTheSessionsTokenToTheServices() {
        HttpClient browser = signedInBrowser(platform, "faculty@northbridge.edu", "pathway");

        JsonNode whoami = JSON.readTree(sendWith(browser, gatewayGet("/whoami")).body());
        assertThat(whoami.get("username").asString()).isEqualTo("faculty@northbridge.edu");
        assertThat(whoami.toString()).contains("northbridge");

        HttpResponse<String> relayed = sendWith(browser, gatewayGet("/api/portfolio/activities"));
        assertThat(relayed.statusCode()).as("the session's token reaches portfolio").isEqualTo(200);
        assertThat(relayed.body()).startsWith("[");
    }

    @Test
    void shouldRefuseAWrongPasswordOnKeycloaksPageAndOpenNoSession() {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new LoopbackBrowserCookies())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> start = follow(browser, get(platform.gatewayUrl("/whoami")));
        HttpResponse<String> passwordPage = follow(browser, form(formAction(start), Map.of("username", "faculty@lakeside.edu")));

        HttpResponse<String> refused = follow(browser, form(formAction(passwordPage),
                Map.of("username", "faculty@lakeside.edu", "password", "not-the-password")));

        assertThat(refused.uri().toString()).startsWith(platform.keycloak.baseUrl());
        assertThat(refused.body()).containsIgnoringCase("invalid");
        assertThat(sendWith(browser, gatewayGet("/api/portfolio/activities")).statusCode()).isEqualTo(401);
    }

    /** A browser-like client (cookies kept, redirects followed by hand) signed in to the portal through Keycloak's pages. */
    static HttpClient signedInBrowser(PlatformUnderTest platform, String username, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new LoopbackBrowserCookies())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> start = follow(browser, get(platform.gatewayUrl("/whoami")));
        assertThat(start.uri().toString()).as("the gateway sends the browser to Keycloak's login page")
                .startsWith(platform.keycloak.baseUrl() + "/realms/pathway/")
                .doesNotContain("access_token");
        assertThat(start.statusCode()).isEqualTo(200);

        // Organizations are on, so Keycloak asks for the username first (to find the institution), then the password.
        HttpResponse<String> passwordPage = follow(browser, form(formAction(start), Map.of("username", username)));
        HttpResponse<String> signedIn = follow(browser, form(formAction(passwordPage),
                Map.of("username", username, "password", password)));

        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.uri().toString()).startsWith(platform.gatewayUrl("/"));
        return browser;
    }

    /**
     * Starts a portal login and types the username on Keycloak's first page; returns the page the browser then lands
     * on: Keycloak's own (the password page), or the first address outside Keycloak (an institution's identity
     * provider), which is not visited.
     */
    static URI pageAfterUsername(PlatformUnderTest platform, String username) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new LoopbackBrowserCookies())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> start = follow(browser, get(platform.gatewayUrl("/whoami")));
        HttpResponse<String> response = sendWith(browser, form(formAction(start), Map.of("username", username)));
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            if (!next.toString().startsWith(platform.keycloak.baseUrl())) {
                return next;
            }
            response = sendWith(browser, get(next.toString()));
        }
        assertThat(response.statusCode()).as(response.uri() + "\n" + response.body()).isEqualTo(200);
        return response.uri();
    }

    static HttpRequest gatewayGet(String path) {
        return get(platform.gatewayUrl(path));
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static HttpRequest form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Sends the request and follows redirects with GET, as a browser does after a form post. */
    private static HttpResponse<String> follow(HttpClient browser, HttpRequest request) {
        HttpResponse<String> response = sendWith(browser, request);
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = sendWith(browser, get(next.toString()));
        }
        return response;
    }

    /** One request of a browser-like client (its cookies, no redirects followed). */
    static HttpResponse<String> sendWith(HttpClient browser, HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("browser request to " + request.uri() + " failed", e);
        }
    }

    private static String formAction(HttpResponse<String> page) {
        Matcher action = FORM_ACTION.matcher(page.body());
        assertThat(action.find()).as("a login form on %s, got:%n%s", page.uri(), page.body()).isTrue();
        return action.group(1).replace("&amp;", "&");
    }

    /**
     * The realm allows redirects to the launcher's gateway (127.0.0.1:8080); this test's gateway runs on a free port,
     * so the test adds it to the client through Keycloak's admin API, as an operator would for another host.
     */
    static void allowRedirectsTo(PlatformUnderTest platform, String gatewayBaseUrl) {
        String admin = platform.masterAdminToken();
        String clients = platform.keycloakAdmin("/clients");
        ObjectNode client = (ObjectNode) JSON.readTree(HttpCalls.get(clients + "?clientId=pathway-gateway", admin).body()).get(0);
        ((ArrayNode) client.get("redirectUris")).add(gatewayBaseUrl + "/*");
        ObjectNode attributes = (ObjectNode) client.get("attributes");
        String postLogout = attributes.has("post.logout.redirect.uris") ? attributes.get("post.logout.redirect.uris").asString() : "";
        attributes.put("post.logout.redirect.uris", postLogout + "##" + gatewayBaseUrl + "/*");
        HttpResponse<String> updated = HttpCalls.send(HttpCalls.request(clients + "/" + client.get("id").asString(), admin)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(client.toString())).build());
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(204);
    }
}
