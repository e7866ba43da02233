package org.pathway.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** docker-compose.yml, checked without a Docker engine: structure, files, variables, and its one issuer URL. */
class ComposeFileTests {

    private static final Repository REPOSITORY = Repository.located();
    private static final String COMPOSE_TEXT = REPOSITORY.text("docker-compose.yml");
    private static final Map<String, Object> COMPOSE = Repository.yamlDocuments(COMPOSE_TEXT).get(0);
    private static final Map<String, String> DOT_ENV = ComposeChecks.dotEnv(REPOSITORY.text(".env"));
    private static final List<App> APPS = App.all(REPOSITORY);

    @Test
    void shouldGiveEveryServiceAHealthcheckAndAMemoryLimit() {
        assertThat(ComposeChecks.services(COMPOSE)).containsKeys("mongo", "kafka", "keycloak", "mailpit");
        assertThat(ComposeChecks.healthAndMemory(COMPOSE)).isEmpty();
    }

    @Test
    void shouldRejectAServiceWithoutHealthcheckOrMemoryLimit() {
        Map<String, Object> broken = Tree.copy(COMPOSE);
        Tree.map(broken, "services", "portfolio").remove("healthcheck");
        Tree.map(broken, "services", "kafka").remove("mem_limit");

        assertThat(ComposeChecks.healthAndMemory(broken)).containsExactlyInAnyOrder(
                "service portfolio has no healthcheck", "service kafka has no memory limit (mem_limit)");
    }

    @Test
    void shouldStartEveryServiceOnlyAfterItsDependenciesAreHealthy() {
        assertThat(ComposeChecks.dependencies(COMPOSE)).isEmpty();
    }

    @Test
    void shouldRejectDependenciesThatDoNotWaitForHealth() {
        Map<String, Object> broken = Tree.copy(COMPOSE);
        Tree.map(broken, "services", "gateway", "depends_on", "keycloak").put("condition", "service_started");
        Tree.map(broken, "services", "portfolio").put("depends_on", List.of("mongo"));
        Tree.map(broken, "services", "job-posting", "depends_on").put("zookeeper", Map.of("condition", "service_healthy"));

        assertThat(ComposeChecks.dependencies(broken)).containsExactlyInAnyOrder(
                "service gateway depends on keycloak with condition service_started instead of service_healthy",
                "service portfolio lists depends_on without conditions: use condition: service_healthy",
                "service job-posting depends on zookeeper, which is not a service");
    }

    @Test
    void shouldMountAndBuildOnlyFilesThatExist() {
        assertThat(ComposeChecks.files(COMPOSE, REPOSITORY.root())).isEmpty();
    }

    @Test
    void shouldRejectAMountOrBuildOfAMissingFile() {
        Map<String, Object> broken = Tree.copy(COMPOSE);
        Tree.map(broken, "services", "keycloak").put("volumes", List.of("./infra/keycloak/realm-gone.json:/opt/import.json:ro"));
        Tree.map(broken, "services", "notification", "build").put("dockerfile", "infra/docker/Missing.Dockerfile");
        Tree.map(broken, "services", "portfolio", "build", "args").put("APP", "services/portfolia");

        assertThat(ComposeChecks.files(broken, REPOSITORY.root())).containsExactlyInAnyOrder(
                "service keycloak mounts ./infra/keycloak/realm-gone.json, which does not exist",
                "service notification builds with infra/docker/Missing.Dockerfile, which does not exist",
                "service portfolio builds module services/portfolia, which does not exist");
    }

    @Test
    void shouldDefineEveryVariableItUsesInDotEnv() {
        assertThat(ComposeChecks.variables(COMPOSE_TEXT, DOT_ENV.keySet())).isEmpty();
        assertThat(ComposeChecks.variables("a: ${PRESENT}\nb: ${ABSENT}\nc: ${WITH_DEFAULT:-x}\nd: $${ESCAPED}",
                Set.of("PRESENT"))).containsExactly("${ABSENT} is used but not defined in .env");
    }

    @Test
    void shouldRunEveryAppBuiltFromItsModuleOnItsPortWithAHeapFromItsLimit() {
        assertThat(APPS).extracting(App::name).contains("portfolio", "promotion-review", "mentoring-match",
                "job-posting", "notification", "gateway");
        assertThat(ComposeChecks.apps(COMPOSE, APPS)).isEmpty();
    }

    @Test
    void shouldRejectAnAppOnAnotherPortThanItsConfiguration() {
        Map<String, Object> broken = Tree.copy(COMPOSE);
        Tree.map(broken, "services", "promotion-review", "environment").put("SERVER_PORT", "9090");
        Tree.map(broken, "services", "gateway", "environment").remove("JAVA_TOOL_OPTIONS");

        assertThat(ComposeChecks.apps(broken, APPS)).containsExactlyInAnyOrder(
                "service promotion-review sets SERVER_PORT 9090 but services/promotion-review listens on 8082"
                        + " (the health check and the other services use SERVER_PORT)",
                "service gateway needs JAVA_TOOL_OPTIONS with -XX:MaxRAMPercentage");
    }

    @Test
    void shouldUseOneIssuerUrlThatBrowserGatewayAndServicesAllReach() {
        Map<String, Map<String, Object>> services = ComposeChecks.services(COMPOSE);
        String hostname = Tree.list(services.get("keycloak"), "command").stream().map(String::valueOf)
                .filter(argument -> argument.startsWith("--hostname=")).findFirst().orElseThrow()
                .substring("--hostname=".length());
        String issuer = interpolate(hostname) + "/realms/pathway";

        for (App app : APPS) {
            String variable = app.name().equals("gateway") ? "PATHWAY_ISSUER_URI" : "PATHWAY_KIT_SECURITY_ISSUER_URI";
            assertThat(interpolate(Tree.text(services.get(app.name()), "environment", variable)))
                    .as("the issuer %s expects", app.name()).isEqualTo(issuer);
        }
        // The gateway also calls the issuer's token endpoint itself: where the issuer is the host's localhost, it
        // must share Keycloak's network namespace and Keycloak must listen there on the issuer's port.
        assertThat(issuer).startsWith("http://localhost:");
        assertThat(Tree.text(services.get("gateway"), "network_mode")).isEqualTo("service:keycloak");
        String issuerPort = issuer.replaceAll("^http://localhost:(\\d+)/.*$", "$1");
        assertThat(Tree.list(services.get("keycloak"), "command").stream().map(String::valueOf).map(this::interpolate))
                .contains("--http-port=" + issuerPort, "--import-realm", "--hostname-backchannel-dynamic=true");
        assertThat(Tree.list(services.get("keycloak"), "ports").stream().map(String::valueOf).map(this::interpolate))
                .contains(issuerPort + ":" + issuerPort);
    }

    @Test
    void shouldRunMongoDbAsAReplicaSetTheServicesConnectTo() {
        Map<String, Map<String, Object>> services = ComposeChecks.services(COMPOSE);
        List<String> command = Tree.list(services.get("mongo"), "command").stream().map(String::valueOf).toList();
        String replicaSet = command.get(command.indexOf("--replSet") + 1);

        assertThat(Tree.list(services.get("mongo"), "healthcheck", "test").toString())
                .contains("rs.initiate({_id: '" + replicaSet + "'");
        APPS.stream().filter(app -> app.database() != null).forEach(app ->
                assertThat(Tree.text(services.get(app.name()), "environment", "SPRING_MONGODB_URI"))
                        .as(app.name()).contains("replicaSet=" + replicaSet));
    }

    private String interpolate(String text) {
        Matcher matcher = Pattern.compile("\\$\\{([A-Z_]+)}").matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(DOT_ENV.getOrDefault(matcher.group(1), "")));
        }
        return matcher.appendTail(result).toString();
    }
}
