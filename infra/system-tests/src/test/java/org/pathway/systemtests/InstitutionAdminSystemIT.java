package org.pathway.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.KeycloakServer;
import org.pathway.infra.local.LocalSmtpServer;
import org.pathway.infra.local.TestInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's admin APIs against the real Keycloak: a platform admin onboards an institution (organization,
 * domain, its own OIDC login, the first admin invited by email), an institution admin manages the roles of its own
 * members and of nobody else's, and faculty reach none of it. What Keycloak holds afterwards is read back through
 * Keycloak's own admin API (as the master realm's administrator), not through the gateway.
 */
class InstitutionAdminSystemIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static PlatformUnderTest platform;
    private static LocalSmtpServer smtp;

    @BeforeAll
    static void startPlatform() {
        platform = PlatformUnderTest.get();
        PortalLoginSystemIT.allowRedirectsTo(platform, platform.gatewayUrl(""));
        smtp = TestInfrastructure.smtp();
        // The realm file has no mail settings (its SMTP port differs per run); invitations need them.
        platform.keycloak.sendRealmMailThrough(KeycloakServer.PATHWAY_REALM, smtp.host(), smtp.port());
    }

    @Test
    void shouldOnboardAThirdInstitutionWithItsOrganizationIdentityProviderAndInvitedAdmin() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String alias = "riverside-" + suffix;
        String domain = alias + ".edu";
        String adminEmail = "dean@" + domain;
        String platformAdmin = platform.login("platform@pathway.local");

        HttpResponse<String> onboarded = HttpCalls.postJson(platform.gatewayUrl("/api/admin/institutions"), platformAdmin, """
                {"alias": "%s", "name": "Riverside School of Medicine", "domains": ["%s"],
                 "identityProvider": {"displayName": "Riverside SSO", "oidc": {
                    "issuer": "https://login.%s/realms/staff",
                    "authorizationUrl": "https://login.%s/realms/staff/protocol/openid-connect/auth",
                    "tokenUrl": "https://login.%s/realms/staff/protocol/openid-connect/token",
                    "jwksUrl": "https://login.%s/realms/staff/protocol/openid-connect/certs",
                    "clientId": "pathway", "clientSecret": "riverside-secret"}},
                 "firstAdmin": {"email": "%s", "firstName": "Rosa", "lastName": "Diaz"},
                 "tenant": "northbridge", "roles": ["platform-admin"]}
                """.formatted(alias, domain, domain, domain, domain, domain, adminEmail));

        assertThat(onboarded.statusCode()).as(onboarded.body()).isEqualTo(201);
        assertThat(onboarded.headers().firstValue("Location")).hasValue("/api/admin/institutions/" + alias);
        JsonNode body = JSON.readTree(onboarded.body());
        String organizationId = body.at("/institution/id").asString();
        String adminId = body.at("/firstAdmin/id").asString();
        assertThat(body.at("/identityProvider").asString()).isEqualTo(alias + "-oidc");
        assertThat(body.at("/firstAdmin/invitationSent").asBoolean()).isTrue();

        // In Keycloak: the organization with its domain and its IdP routed by that domain.
        JsonNode organization = keycloakGet("/organizations/" + organizationId);
        assertThat(organization.get("alias").asString()).isEqualTo(alias);
        assertThat(organization.get("domains").findValuesAsString("name")).containsExactly(domain);
        JsonNode identityProviders = keycloakGet("/organizations/" + organizationId + "/identity-providers");
        assertThat(identityProviders.findValuesAsString("alias")).containsExactly(alias + "-oidc");
        assertThat(identityProviders.get(0).at("/config/kc.org.domain").asString()).isEqualTo(domain);
        assertThat(identityProviders.get(0).at("/config/kc.org.broker.redirect.mode.email-matches").asString()).isEqualTo("true");

        // A member of the new institution who signs in to the portal is sent to the institution's own login, chosen
        // by the domain of the address typed on Keycloak's first page (Pathway never sees the password).
        URI institutionLogin = PortalLoginSystemIT.pageAfterUsername(platform, "resident@" + domain);
        assertThat(institutionLogin.toString())
                .startsWith("https://login." + domain + "/realms/staff/protocol/openid-connect/auth?")
                .contains("client_id=pathway")
                .contains(URLEncoder.encode(platform.keycloak.baseUrl() + "/realms/pathway/broker/" + alias + "-oidc/endpoint",
                        StandardCharsets.UTF_8));
        // Someone of another institution stays on Keycloak's password page.
        assertThat(PortalLoginSystemIT.pageAfterUsername(platform, "faculty@northbridge.edu").toString())
                .startsWith(platform.keycloak.baseUrl() + "/realms/pathway/");

        // The invited admin: a member with institution-admin and nothing the body tried to smuggle in, who must set a
        // password through the emailed link.
        JsonNode admin = keycloakGet("/users/" + adminId);
        assertThat(admin.get("email").asString()).isEqualTo(adminEmail);
        assertThat(admin.get("requiredActions").valueStream().map(JsonNode::asString).toList()).contains("UPDATE_PASSWORD");
        assertThat(keycloakGet("/organizations/" + organizationId + "/members").findValuesAsString("id")).containsExactly(adminId);
        assertThat(keycloakGet("/users/" + adminId + "/role-mappings/realm").findValuesAsString("name"))
                .contains("institution-admin").doesNotContain("platform-admin");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(smtp.receivedMessagesFor(adminEmail)).isNotEmpty());

        // Nothing joined northbridge, whose name was in the body as "tenant".
        assertThat(keycloakGet("/organizations/" + northbridgeId() + "/members?max=100").findValuesAsString("id"))
                .doesNotContain(adminId);

        HttpResponse<String> institutions = HttpCalls.get(platform.gatewayUrl("/api/admin/institutions"), platformAdmin);
        assertThat(institutions.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(institutions.body()).findValuesAsString("alias")).contains("northbridge", "lakeside", alias);

        HttpResponse<String> again = HttpCalls.postJson(platform.gatewayUrl("/api/admin/institutions"), platformAdmin, """
                {"alias": "%s", "name": "Riverside again", "domains": ["other-%s"], "firstAdmin": {"email": "x@other-%s"}}
                """.formatted(alias, domain, domain));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    }

    @Test
    void shouldLetANorthbridgeAdminGrantMentorToAMemberWhoseNextTokenCarriesIt() {
        String northbridgeAdmin = platform.login("admin@northbridge.edu");
        JsonNode members = members(northbridgeAdmin);
        assertThat(members.findValuesAsString("username"))
                .contains("faculty@northbridge.edu", "admin@northbridge.edu")
                .allSatisfy(username -> assertThat(username).endsWith("@northbridge.edu"));
        String facultyId = idOf(members, "faculty@northbridge.edu");
        assertThat(realmRoles(platform.login("faculty@northbridge.edu"))).doesNotContain("mentor");

        HttpResponse<String> granted = send("PUT", "/api/admin/members/" + facultyId + "/roles/mentor", northbridgeAdmin);

        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(204);
        assertThat(realmRoles(platform.login("faculty@northbridge.edu"))).contains("mentor", "faculty");
        assertThat(roles(members(northbridgeAdmin), "faculty@northbridge.edu")).contains("mentor");

        HttpResponse<String> revoked = send("DELETE", "/api/admin/members/" + facultyId + "/roles/mentor", northbridgeAdmin);
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(204);
        assertThat(realmRoles(platform.login("faculty@northbridge.edu"))).doesNotContain("mentor").contains("faculty");
    }

    @Test
    void shouldNotLetANorthbridgeAdminTouchALakesideMemberNorGrantPlatformAdmin() {
        String northbridgeAdmin = platform.login("admin@northbridge.edu");
        String lakesideFacultyId = idOf(members(platform.login("admin@lakeside.edu")), "faculty@lakeside.edu");
        String northbridgeCommitteeId = idOf(members(northbridgeAdmin), "committee@northbridge.edu");

        HttpResponse<String> grantLakeside = send("PUT", "/api/admin/members/" + lakesideFacultyId + "/roles/mentor", northbridgeAdmin);
        HttpResponse<String> revokeLakeside = send("DELETE", "/api/admin/members/" + lakesideFacultyId + "/roles/faculty", northbridgeAdmin);
        HttpResponse<String> grantUnknown = send("PUT", "/api/admin/members/00000000-0000-0000-0000-000000000000/roles/mentor",
                northbridgeAdmin);
        HttpResponse<String> grantPlatformAdmin = send("PUT", "/api/admin/members/" + northbridgeCommitteeId + "/roles/platform-admin",
                northbridgeAdmin);

        assertThat(grantLakeside.statusCode()).as(grantLakeside.body()).isEqualTo(404);
        assertThat(revokeLakeside.statusCode()).as(revokeLakeside.body()).isEqualTo(404);
        // The same answer as for a member of another institution: nothing tells them apart.
        assertThat(grantUnknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(grantUnknown.body()).get("detail")).isEqualTo(JSON.readTree(grantLakeside.body()).get("detail"));
        assertThat(grantLakeside.body()).doesNotContain("lakeside");
        assertThat(grantPlatformAdmin.statusCode()).as(grantPlatformAdmin.body()).isEqualTo(403);

        assertThat(realmRoles(platform.login("faculty@lakeside.edu"))).contains("faculty").doesNotContain("mentor");
        assertThat(realmRoles(platform.login("committee@northbridge.edu"))).doesNotContain("platform-admin");
        assertThat(keycloakGet("/users/" + lakesideFacultyId + "/role-mappings/realm").findValuesAsString("name"))
                .contains("faculty").doesNotContain("mentor");
    }

    @Test
    void shouldForbidEveryAdminRouteToAFacultyToken() {
        String faculty = platform.login("faculty@northbridge.edu");
        String lakesideFacultyId = idOf(members(platform.login("admin@lakeside.edu")), "faculty@lakeside.edu");
        List<String[]> routes = List.of(
                new String[] {"GET", "/api/admin/institutions"},
                new String[] {"POST", "/api/admin/institutions"},
                new String[] {"GET", "/api/admin/institutions/northbridge"},
                new String[] {"GET", "/api/admin/members"},
                new String[] {"PUT", "/api/admin/members/" + lakesideFacultyId + "/roles/mentor"},
                new String[] {"DELETE", "/api/admin/members/" + lakesideFacultyId + "/roles/faculty"},
                new String[] {"PUT", "/api/admin/members/" + lakesideFacultyId + "/roles/platform-admin"});

        List<String> answers = new ArrayList<>();
        for (String[] route : routes) {
            HttpResponse<String> response = send(route[0], route[1], faculty);
            answers.add(route[0] + " " + route[1] + " -> " + response.statusCode());
            assertThat(response.headers().firstValue("Content-Type")).as(route[1])
                    .hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer).endsWith("-> 403"));
        assertThat(keycloakGet("/users/" + lakesideFacultyId + "/role-mappings/realm").findValuesAsString("name"))
                .doesNotContain("mentor", "platform-admin");
    }

    // --- through the gateway

    private static JsonNode members(String institutionAdmin) {
        HttpResponse<String> response = HttpCalls.get(platform.gatewayUrl("/api/admin/members"), institutionAdmin);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String idOf(JsonNode members, String username) {
        for (JsonNode member : members) {
            if (username.equals(member.get("username").asString())) {
                return member.get("id").asString();
            }
        }
        throw new AssertionError(username + " is not among " + members);
    }

    private static List<String> roles(JsonNode members, String username) {
        for (JsonNode member : members) {
            if (username.equals(member.get("username").asString())) {
                return member.get("roles").valueStream().map(JsonNode::asString).toList();
            }
        }
        throw new AssertionError(username + " is not among " + members);
    }

    private static HttpResponse<String> send(String method, String path, String bearer) {
        HttpRequest.BodyPublisher body = method.equals("POST") || method.equals("PUT")
                ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody();
        return HttpCalls.send(HttpCalls.request(platform.gatewayUrl(path), bearer)
                .header("Content-Type", "application/json").method(method, body).build());
    }

    /** The realm roles in an access token, read from its payload (Keycloak signed it; the gateway verifies that). */
    private static List<String> realmRoles(String accessToken) {
        String payload = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]), StandardCharsets.UTF_8);
        return JSON.readTree(payload).at("/realm_access/roles").valueStream().map(JsonNode::asString).toList();
    }

    // --- Keycloak's own view, as the master realm's administrator

    private static String northbridgeId() {
        for (JsonNode organization : keycloakGet("/organizations?max=100")) {
            if ("northbridge".equals(organization.get("alias").asString())) {
                return organization.get("id").asString();
            }
        }
        throw new AssertionError("no northbridge organization");
    }

    private static JsonNode keycloakGet(String path) {
        HttpResponse<String> response = HttpCalls.get(keycloakAdmin(path), masterAdminToken());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String keycloakAdmin(String path) {
        return platform.keycloakAdmin(path);
    }

    private static String masterAdminToken() {
        return platform.masterAdminToken();
    }
}
