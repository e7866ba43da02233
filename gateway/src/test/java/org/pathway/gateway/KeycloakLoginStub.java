package org.pathway.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.pathway.infra.local.JwtIssuer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The login endpoints of a Keycloak realm (authorize, token, userinfo), which the key-signed {@link JwtIssuer}
 * does not have, so the gateway's portal login can run end to end without a 45 s Keycloak start. Tokens are signed
 * by the real {@link JwtIssuer} (its JWKS verifies them) with this realm as {@code iss}. The authorize endpoint
 * signs in one fixed user without a form; the token endpoint checks the client secret and the PKCE verifier as
 * Keycloak does. The real Keycloak login is covered by the system tests.
 */
final class KeycloakLoginStub implements AutoCloseable {

    static final String CLIENT_ID = "pathway-gateway";
    static final String CLIENT_SECRET = "pathway-gateway-secret";

    private final JwtIssuer keys;
    private final HttpServer http;
    private final ExecutorService executor;
    private final String realmUri;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, PendingCode> codes = new ConcurrentHashMap<>();
    private final String subject = UUID.randomUUID().toString();
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile String lastAccessToken;
    private volatile String organization = "mercy";
    private volatile List<String> roles = List.of("faculty");

    private KeycloakLoginStub(JwtIssuer keys) throws IOException {
        this.keys = keys;
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newFixedThreadPool(2);
        this.realmUri = "http://127.0.0.1:" + http.getAddress().getPort() + "/realms/pathway";
        String oidc = "/realms/pathway/protocol/openid-connect/";
        http.createContext(oidc + "auth", this::authorize);
        http.createContext(oidc + "token", this::token);
        http.createContext(oidc + "userinfo", this::userInfo);
        http.setExecutor(executor);
        http.start();
    }

    static KeycloakLoginStub start(JwtIssuer keys) {
        try {
            return new KeycloakLoginStub(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String realmUri() {
        return realmUri;
    }

    String subject() {
        return subject;
    }

    /** Who the next login signs in as: a member of {@code organization} with these realm roles. */
    void signInAs(String organization, String... roles) {
        this.organization = organization;
        this.roles = List.of(roles);
    }

    /** The access token handed out by the last successful code exchange. */
    String lastAccessToken() {
        return lastAccessToken;
    }

    /** What the browser gets back from the authorize endpoint: a redirect to the client with code and state. */
    private void authorize(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))
                    || !"S256".equals(query.get("code_challenge_method")) || query.get("code_challenge") == null) {
                send(exchange, 400, Map.of("error", "invalid_request"));
                return;
            }
            String code = UUID.randomUUID().toString();
            codes.put(code, new PendingCode(query.get("code_challenge"), query.get("nonce"), query.get("redirect_uri")));
            String location = query.get("redirect_uri") + "?code=" + code + "&state="
                    + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(302, -1);
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String basic = "Basic " + Base64.getEncoder().encodeToString(
                    (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
            if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, Map.of("error", "invalid_client"));
                return;
            }
            PendingCode pending = codes.remove(form.getOrDefault("code", ""));
            if (!"authorization_code".equals(form.get("grant_type")) || pending == null
                    || !pending.redirectUri().equals(form.get("redirect_uri"))
                    || !pending.codeChallenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
                send(exchange, 400, Map.of("error", "invalid_grant"));
                return;
            }
            String accessToken = keys.token().issuer(realmUri).subject(subject).username("ada")
                    .email("ada@mercy.example.edu").organization(organization).roles(roles.toArray(String[]::new)).sign();
            JwtIssuer.TokenBuilder idToken = keys.token().issuer(realmUri).subject(subject).audience(CLIENT_ID)
                    .username("ada").email("ada@mercy.example.edu").organization(organization);
            if (pending.nonce() != null) {
                idToken.claim("nonce", pending.nonce());
            }
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("access_token", accessToken);
            response.put("token_type", "Bearer");
            response.put("expires_in", 300);
            response.put("refresh_token", UUID.randomUUID().toString());
            response.put("id_token", idToken.sign());
            response.put("scope", "openid profile email organization");
            lastAccessToken = accessToken;
            send(exchange, 200, response);
        }
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.equals("Bearer " + lastAccessToken)) {
                send(exchange, 401, Map.of("error", "invalid_token"));
                return;
            }
            send(exchange, 200, Map.of("sub", subject, "preferred_username", "ada",
                    "email", "ada@mercy.example.edu", "organization", List.of(organization)));
        }
    }

    private void send(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Follows the authorize redirect the way a browser would and returns where Keycloak sends it back. */
    URI authorizeAndReturnCallback(URI authorizationRequest) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(authorizationRequest).GET().build();
        var response = browser.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 302) {
            throw new AssertionError("authorize answered " + response.statusCode());
        }
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }

    private record PendingCode(String codeChallenge, String nonce, String redirectUri) {
    }
}
