package org.pathway.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.json.JsonMapper;

/**
 * The production realm import (infra/k8s/base/engines/keycloak-realm.yaml), derived from the realm every local
 * Keycloak imports (infra/keycloak), so the two cannot drift apart: the same realm, roles, clients and scopes, minus
 * what only a demo may have. Changes: the demo users and institutions go (institutions are onboarded through the
 * gateway's admin API; service-account users stay), so does the password-grant demo client {@value #DEMO_CLIENT};
 * client secrets become placeholders the operator fills from the Secret {@value #CLIENT_SECRETS}; the portal's
 * local addresses become {@value #PORTAL}; brute-force protection is on.
 */
final class RealmImport {

    static final String FILE = "infra/k8s/base/engines/keycloak-realm.yaml";
    static final String REALM = "infra/keycloak/src/main/resources/keycloak/pathway-realm.json";
    static final String PORTAL = "https://pathway.example.edu";
    static final String CLIENT_SECRETS = "pathway-gateway-clients";
    static final String KEYCLOAK = "pathway-keycloak";
    private static final String DEMO_CLIENT = "pathway-cli";
    private static final List<String> LOCAL_PORTALS = List.of("http://127.0.0.1:8080", "http://localhost:8080");

    private RealmImport() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Path realmJson) {
        Map<String, Object> realm = JsonMapper.builder().build().readValue(realmJson.toFile(), LinkedHashMap.class);
        realm.remove("organizations");
        realm.put("users", Tree.maps(realm, "users").stream()
                .filter(user -> String.valueOf(Tree.text(user, "username")).startsWith("service-account-")).toList());
        realm.put("bruteForceProtected", true);
        Map<String, Object> placeholders = new LinkedHashMap<>();
        List<Map<String, Object>> clients = new ArrayList<>();
        for (Map<String, Object> client : Tree.maps(realm, "clients")) {
            String clientId = Tree.text(client, "clientId");
            if (DEMO_CLIENT.equals(clientId)) {
                continue;
            }
            if (client.get("secret") != null) {
                String placeholder = clientId.replaceFirst("^pathway-", "").toUpperCase(Locale.ROOT).replace('-', '_')
                        + "_CLIENT_SECRET";
                client.put("secret", "${" + placeholder + "}");
                placeholders.put(placeholder, Map.of("secret", Map.of("name", CLIENT_SECRETS, "key", "PATHWAY_" + placeholder)));
            }
            client.replaceAll((key, value) -> value instanceof String text ? portal(text)
                    : value instanceof List<?> list ? distinctPortals(list) : value);
            Map<String, Object> attributes = Tree.map(client, "attributes");
            if (attributes.get("post.logout.redirect.uris") instanceof String uris) {
                attributes.put("post.logout.redirect.uris", distinctPortals(List.of((Object[]) uris.split("##")))
                        .stream().map(String::valueOf).collect(Collectors.joining("##")));
            }
            clients.add(client);
        }
        realm.put("clients", clients);

        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("keycloakCRName", KEYCLOAK);
        spec.put("placeholders", placeholders);
        spec.put("realm", realm);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.put("metadata", Map.of("name", "pathway-realm"));
        resource.put("spec", spec);
        return resource;
    }

    static String yaml(Map<String, Object> resource) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(200);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return "# GENERATED from " + REALM + " by infra/deploy-checks (KeycloakRealmImportTests); do not edit.\n"
                + "# Regenerate after a realm change: ./mvnw -B -pl infra/deploy-checks test -Dtest=KeycloakRealmImportTests"
                + " -Dpathway.regenerate=true\n"
                + "# The same realm as local Keycloaks import, for production: see RealmImport.java for what differs.\n"
                + new Yaml(options).dump(resource);
    }

    private static List<Object> distinctPortals(List<?> values) {
        Set<Object> distinct = new LinkedHashSet<>();
        values.forEach(value -> distinct.add(value instanceof String text ? portal(text) : value));
        return new ArrayList<>(distinct);
    }

    private static String portal(String value) {
        for (String local : LOCAL_PORTALS) {
            if (value.startsWith(local)) {
                return PORTAL + value.substring(local.length());
            }
        }
        return value;
    }
}
