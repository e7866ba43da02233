package org.pathway.infra.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.util.JSONObjectUtils;

/** The realm file's promises that a token test would only catch one Keycloak start later. */
@SuppressWarnings("unchecked")
class PathwayRealmFileTests {

    private static Map<String, Object> realm;

    @BeforeAll
    static void readRealm() throws Exception {
        try (InputStream in = PathwayRealmFileTests.class.getClassLoader().getResourceAsStream(LocalKeycloak.REALM_RESOURCE)) {
            assertThat(in).as(LocalKeycloak.REALM_RESOURCE).isNotNull();
            realm = JSONObjectUtils.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void shouldEnableOrganizationsForBothInstitutions() {
        assertThat(realm).containsEntry("realm", "pathway").containsEntry("organizationsEnabled", true);
        assertThat(list("organizations")).extracting(org -> org.get("alias")).containsExactlyInAnyOrder("northbridge", "lakeside");
    }

    @Test
    void shouldMakeEveryMemberAUserWithAnEmailOnTheOrganizationsDomain() {
        Map<String, Map<String, Object>> users = list("users").stream()
                .collect(Collectors.toMap(u -> (String) u.get("username"), u -> u));
        for (Map<String, Object> organization : list("organizations")) {
            String domain = (String) ((List<Map<String, Object>>) organization.get("domains")).get(0).get("name");
            List<Map<String, Object>> members = (List<Map<String, Object>>) organization.get("members");
            assertThat(members).hasSize(4);
            for (Map<String, Object> member : members) {
                Map<String, Object> user = users.get((String) member.get("username"));
                assertThat(user).as("user %s", member.get("username")).isNotNull();
                assertThat((String) user.get("email")).endsWith("@" + domain).isEqualTo(user.get("username"));
            }
        }
        assertThat(users.get("platform@pathway.local").get("realmRoles")).asList().contains("platform-admin");
    }

    @Test
    void shouldGiveEveryClientThePathwayApiAudienceAndTheOrganizationScope() {
        List<Map<String, Object>> clients = list("clients");
        assertThat(clients).extracting(c -> c.get("clientId"))
                .containsExactlyInAnyOrder("pathway-gateway", "pathway-cli", "pathway-automation");
        for (Map<String, Object> client : clients) {
            assertThat((List<String>) client.get("defaultClientScopes")).contains("organization", "roles", "basic");
            List<Map<String, Object>> mappers = (List<Map<String, Object>>) client.get("protocolMappers");
            assertThat(mappers).anySatisfy(mapper -> {
                assertThat(mapper).containsEntry("protocolMapper", "oidc-audience-mapper");
                assertThat((Map<String, Object>) mapper.get("config")).containsEntry("included.custom.audience", "pathway-api");
            });
        }
    }

    @Test
    void shouldLetTheAutomationServiceAccountAdministerOrganizationsUsersAndIdentityProviders() {
        Map<String, Object> serviceAccount = list("users").stream()
                .filter(user -> "pathway-automation".equals(user.get("serviceAccountClientId")))
                .findFirst().orElseThrow();
        Map<String, List<String>> clientRoles = (Map<String, List<String>>) serviceAccount.get("clientRoles");
        // Keycloak's organization endpoints all require manage-realm; role mappings manage-users.
        assertThat(clientRoles.get("realm-management"))
                .contains("manage-realm", "manage-users", "view-users", "manage-identity-providers");
    }

    @Test
    void shouldDeclareEveryRoleTheUsersHold() {
        Set<String> declared = ((List<Map<String, Object>>) ((Map<String, Object>) realm.get("roles")).get("realm")).stream()
                .map(role -> (String) role.get("name")).collect(Collectors.toSet());
        assertThat(declared).containsExactlyInAnyOrder("faculty", "mentor", "committee", "institution-admin", "platform-admin");
        for (Map<String, Object> user : list("users")) {
            assertThat((List<String>) user.get("realmRoles")).allMatch(role -> declared.contains(role) || role.equals("default-roles-pathway"));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(String key) {
        return (List<Map<String, Object>>) realm.get(key);
    }
}
