package org.pathway.systemtests;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.pathway.devstack.InfrastructureEndpoints;
import org.pathway.devstack.PlatformApp;
import org.pathway.devstack.RunningPlatform;
import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.KeycloakServer;
import org.pathway.infra.local.LocalSmtpServer;
import org.pathway.infra.local.Ports;
import org.pathway.infra.local.TestInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole platform, once per test JVM: the real Keycloak with the Pathway realm, a real broker, the MongoDB wire
 * server, SMTP, and every app started from its built jar on free ports, exactly as {@code ./pathway up} runs them.
 */
final class PlatformUnderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static PlatformUnderTest instance;

    final KeycloakServer keycloak;
    final List<PlatformApp> services;
    final PlatformApp gateway;
    /** Every app's spans, exported over OTLP as a deployment exports them to its collector. */
    final OtlpTraceReceiver traces;
    private final RunningPlatform platform;

    private PlatformUnderTest() {
        Path root = Path.of(System.getProperty("pathway.root", "../..")).toAbsolutePath().normalize();
        keycloak = TestInfrastructure.keycloak();
        LocalSmtpServer smtp = TestInfrastructure.smtp();
        InfrastructureEndpoints endpoints = new InfrastructureEndpoints(TestInfrastructure.mongo().connectionString(),
                TestInfrastructure.kafka().bootstrapServers(), keycloak.issuerUri(KeycloakServer.PATHWAY_REALM), smtp.host(),
                smtp.port());
        traces = OtlpTraceReceiver.start();
        endpoints = endpoints.withTracesEndpoint(traces.endpoint());
        services = PlatformApp.SERVICES.stream().map(app -> app.onPort(Ports.free())).toList();
        gateway = PlatformApp.GATEWAY.onPort(Ports.free());
        platform = RunningPlatform.start(root, root.resolve("infra/system-tests/target/platform-logs"), endpoints, services,
                gateway);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            traces.close();
        }, "stop platform under test"));
    }

    static synchronized PlatformUnderTest get() {
        if (instance == null) {
            instance = new PlatformUnderTest();
        }
        return instance;
    }

    String gatewayUrl(String path) {
        return gateway.baseUrl() + path;
    }

    /** A real access token from Keycloak: the password grant of the realm's public CLI client. */
    String login(String username) {
        return tokens(KeycloakServer.PATHWAY_REALM, "pathway-cli", username, "pathway", null).get("access_token").asString();
    }

    /**
     * Keycloak's whole token response (access, refresh and, with scope {@code openid}, ID token) for a password grant
     * of {@code clientId} in {@code realm}; {@code scope} may be null for the client's defaults.
     */
    JsonNode tokens(String realm, String clientId, String username, String password, String scope) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", password));
        if (scope != null) {
            form.put("scope", scope);
        }
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HttpCalls.send(HttpCalls.request(keycloak.tokenUri(realm), null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != 200) {
            throw new AssertionError("Keycloak refused " + username + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** An access token of the master realm's administrator, for Keycloak's own admin API. */
    String masterAdminToken() {
        return tokens("master", "admin-cli", keycloak.adminUsername(), keycloak.adminPassword(), null)
                .get("access_token").asString();
    }

    /** A URL of Keycloak's admin API for the Pathway realm. */
    String keycloakAdmin(String path) {
        return keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.PATHWAY_REALM + path;
    }
}
