package org.pathway.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The production realm import is the local realm (infra/keycloak) minus the demo: generated, and checked in sync. */
class KeycloakRealmImportTests {

    private static final Repository REPOSITORY = Repository.located();

    @Test
    void shouldImportInProductionTheRealmLocalKeycloaksImport() throws IOException {
        Map<String, Object> expected = RealmImport.of(REPOSITORY.path(RealmImport.REALM));
        if (Boolean.getBoolean("pathway.regenerate")) {
            Files.writeString(REPOSITORY.path(RealmImport.FILE), RealmImport.yaml(expected));
        }

        assertThat(Repository.yaml(REPOSITORY.path(RealmImport.FILE)))
                .as("%s is out of date with %s: regenerate it (see its first lines)", RealmImport.FILE, RealmImport.REALM)
                .isEqualTo(expected);
    }

    @Test
    void shouldCarryNoDemoLoginsInstitutionsOrClientSecrets() {
        Map<String, Object> realm = Tree.map(Repository.yaml(REPOSITORY.path(RealmImport.FILE)), "spec", "realm");

        assertThat(Tree.maps(realm, "users")).extracting(user -> Tree.text(user, "username"))
                .containsExactly("service-account-pathway-automation");
        assertThat(realm).doesNotContainKey("organizations");
        assertThat(Tree.maps(realm, "clients")).extracting(client -> Tree.text(client, "clientId"))
                .containsExactlyInAnyOrder("pathway-gateway", "pathway-automation");
        assertThat(Tree.maps(realm, "clients")).extracting(client -> Tree.text(client, "secret"))
                .containsExactlyInAnyOrder("${GATEWAY_CLIENT_SECRET}", "${AUTOMATION_CLIENT_SECRET}");
        assertThat(Repository.read(REPOSITORY.path(RealmImport.FILE))).doesNotContain("127.0.0.1", "localhost", "pathway-gateway-secret");
    }
}
