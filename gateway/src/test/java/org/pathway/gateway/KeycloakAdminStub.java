package org.pathway.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The part of Keycloak's admin REST API the member routes call (organizations, their members, realm role mappings),
 * plus the client-credentials token endpoint its service account signs in with. It holds organizations with their
 * members in memory and records every role grant and revocation, so a test can tell a refused change from one that
 * reached Keycloak. The real Keycloak is covered by {@code InstitutionAdminSystemIT} (infra/system-tests).
 */
final class KeycloakAdminStub implements AutoCloseable {

    static final String CLIENT_ID = "pathway-automation";
    static final String CLIENT_SECRET = "pathway-automation-secret";
    private static final String ADMIN = "/admin/realms/pathway";
    private static final Pattern ORGANIZATIONS_OF = Pattern.compile(ADMIN + "/organizations/members/([^/]+)/organizations");
    private static final Pattern MEMBER = Pattern.compile(ADMIN + "/organizations/([^/]+)/members/([^/]+)");
    private static final Pattern MEMBERS = Pattern.compile(ADMIN + "/organizations/([^/]+)/members");
    private static final Pattern ROLE = Pattern.compile(ADMIN + "/roles/([^/]+)");
    private static final Pattern ROLE_MAPPINGS = Pattern.compile(ADMIN + "/users/([^/]+)/role-mappings/realm");

    record Change(String userId, String role, boolean granted) {
    }

    private final HttpServer http;
    private final ExecutorService executor;
    private final JsonMapper json = JsonMapper.builder().build();
    /** Organization id → alias, and organization id → member ids. */
    private final Map<String, String> aliases = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> members = new ConcurrentHashMap<>();
    private final Map<String, List<String>> roles = new ConcurrentHashMap<>();
    private final List<Change> changes = new CopyOnWriteArrayList<>();

    private KeycloakAdminStub() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newFixedThreadPool(4);
        http.createContext("/realms/pathway/protocol/openid-connect/token", this::token);
        http.createContext(ADMIN, this::admin);
        http.setExecutor(executor);
        http.start();
    }

    static KeycloakAdminStub start() {
        try {
            return new KeycloakAdminStub();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /** Makes {@code userId} a member of the organization {@code alias} (id {@code org-<alias>}) with these roles. */
    void member(String alias, String userId, String... realmRoles) {
        String organizationId = "org-" + alias;
        aliases.put(organizationId, alias);
        members.computeIfAbsent(organizationId, id -> ConcurrentHashMap.newKeySet()).add(userId);
        roles.put(userId, new CopyOnWriteArrayList<>(List.of(realmRoles)));
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }

    void forgetChanges() {
        changes.clear();
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
            if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    || !"client_credentials".equals(KeycloakLoginStub.form(body).get("grant_type"))) {
                send(exchange, 401, Map.of("error", "invalid_client"));
                return;
            }
            send(exchange, 200, Map.of("access_token", "service-account-token", "token_type", "Bearer",
                    "expires_in", 300));
        }
    }

    private void admin(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"Bearer service-account-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, Map.of("error", "HTTP 401 Unauthorized"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            Matcher matcher;
            if ((matcher = ORGANIZATIONS_OF.matcher(path)).matches()) {
                String userId = matcher.group(1);
                List<Map<String, Object>> of = new ArrayList<>();
                members.forEach((organizationId, ids) -> {
                    if (ids.contains(userId)) {
                        of.add(Map.of("id", organizationId, "alias", aliases.get(organizationId),
                                "name", aliases.get(organizationId), "enabled", true));
                    }
                });
                send(exchange, 200, of);
            } else if ((matcher = MEMBER.matcher(path)).matches()) {
                boolean member = members.getOrDefault(matcher.group(1), Set.of()).contains(matcher.group(2));
                send(exchange, member ? 200 : 404, member ? user(matcher.group(2)) : Map.of("error", "not found"));
            } else if ((matcher = MEMBERS.matcher(path)).matches()) {
                send(exchange, 200, members.getOrDefault(matcher.group(1), Set.of()).stream().sorted()
                        .map(this::user).toList());
            } else if ((matcher = ROLE.matcher(path)).matches()) {
                send(exchange, 200, Map.of("id", "role-" + matcher.group(1), "name", matcher.group(1),
                        "composite", false, "clientRole", false, "containerId", "pathway"));
            } else if ((matcher = ROLE_MAPPINGS.matcher(path)).matches()) {
                String userId = matcher.group(1);
                if (method.equals("GET")) {
                    send(exchange, 200, roles.getOrDefault(userId, List.of()).stream()
                            .map(role -> Map.of("name", role)).toList());
                    return;
                }
                JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
                for (JsonNode role : body) {
                    String name = role.get("name").asString();
                    boolean grant = method.equals("POST");
                    changes.add(new Change(userId, name, grant));
                    List<String> held = roles.computeIfAbsent(userId, id -> new CopyOnWriteArrayList<>());
                    if (grant && !held.contains(name)) {
                        held.add(name);
                    } else if (!grant) {
                        held.remove(name);
                    }
                }
                exchange.sendResponseHeaders(204, -1);
            } else {
                send(exchange, 404, Map.of("error", "unknown admin path " + path));
            }
        }
    }

    private Map<String, Object> user(String id) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", id);
        user.put("username", id + "@example.edu");
        user.put("email", id + "@example.edu");
        user.put("enabled", true);
        return user;
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }
}
