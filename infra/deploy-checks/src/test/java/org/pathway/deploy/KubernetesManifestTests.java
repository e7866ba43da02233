package org.pathway.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * infra/k8s, rendered as kubectl kustomize renders it (base and the production overlay), checked against the apps'
 * own configuration, docs/events.md and the image.
 */
class KubernetesManifestTests {

    private static final Repository REPOSITORY = Repository.located();
    private static final List<App> APPS = App.all(REPOSITORY);
    private static final Set<String> CATALOGUE = EventCatalogue.topics(REPOSITORY.text("docs/events.md"));
    private static final List<Map<String, Object>> BASE = Kustomization.render(REPOSITORY.path("infra/k8s/base"));
    private static final List<Map<String, Object>> PRODUCTION =
            Kustomization.render(REPOSITORY.path("infra/k8s/overlays/production"));

    @Test
    void shouldParseEveryManifestWithApiVersionKindAndName() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(REPOSITORY.path("infra/k8s"))) {
            files = walk.filter(file -> file.toString().endsWith(".yaml") && !file.endsWith("kustomization.yaml")).toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            assertThat(ManifestChecks.structure(Repository.yamlDocuments(file))).as(file.toString()).isEmpty();
        }
        assertThat(ManifestChecks.structure(BASE)).isEmpty();
        assertThat(ManifestChecks.structure(PRODUCTION)).isEmpty();
    }

    @Test
    void shouldRejectAnObjectWithoutKindOrName() {
        assertThat(ManifestChecks.structure(Repository.yamlDocuments("apiVersion: v1\nmetadata: {labels: {}}\n")))
                .containsExactlyInAnyOrder("an object without kind: [apiVersion, metadata]", "null without metadata.name");
    }

    @Test
    void shouldRunEveryAppOnItsPortWithActuatorProbesAServiceABudgetAndAnAutoscaler() {
        assertThat(APPS).hasSizeGreaterThanOrEqualTo(6);
        assertThat(ManifestChecks.apps(BASE, APPS)).isEmpty();
        assertThat(ManifestChecks.apps(PRODUCTION, APPS)).isEmpty();
    }

    @Test
    void shouldRejectADeploymentThatDisagreesWithItsApp() {
        List<Map<String, Object>> broken = Tree.copy(BASE);
        Map<String, Object> container = Kustomization.containers(ManifestChecks.byName(broken, "Deployment").get("portfolio")).get(0);
        Tree.maps(container, "ports").get(0).put("containerPort", 9999);
        Tree.map(container, "readinessProbe", "httpGet").put("path", "/health");
        broken.removeIf(object -> "PodDisruptionBudget".equals(Tree.text(object, "kind"))
                && "gateway".equals(Tree.text(object, "metadata", "name")));

        assertThat(ManifestChecks.apps(broken, APPS)).containsExactlyInAnyOrder(
                "Deployment/portfolio container port http is 9999 but services/portfolio listens on server.port 8081",
                "Deployment/portfolio livenessProbe uses port http (9999), but actuator answers on 8081",
                "Deployment/portfolio readinessProbe asks /health, expected /actuator/health/readiness",
                "Deployment/portfolio readinessProbe uses port http (9999), but actuator answers on 8081",
                "no PodDisruptionBudget selects the pods of Deployment/gateway");
    }

    @Test
    void shouldRejectProbesOfAnAppWhoseConfigurationDoesNotEnableThem() {
        App portfolio = APPS.stream().filter(app -> app.name().equals("portfolio")).findFirst().orElseThrow();
        App withoutProbes = new App(portfolio.name(), portfolio.module(), portfolio.port(), false, null, "/actuator",
                portfolio.database(), portfolio.consumedTopics());

        assertThat(ManifestChecks.apps(BASE, List.of(withoutProbes))).contains(
                "services/portfolio does not enable management.endpoint.health.probes.enabled, so"
                        + " /actuator/health/liveness and /actuator/health/readiness do not exist");
    }

    @Test
    void shouldDeclareEveryConfigMapAndSecretKeyThatIsReferenced() {
        assertThat(ManifestChecks.configReferences(BASE)).isEmpty();
        assertThat(ManifestChecks.configReferences(PRODUCTION)).isEmpty();
    }

    @Test
    void shouldRejectAReferenceToAMissingConfigKeyOrSecret() {
        List<Map<String, Object>> broken = Tree.copy(BASE);
        Map<String, Object> notification = Kustomization.containers(
                ManifestChecks.byName(broken, "Deployment").get("notification")).get(0);
        Tree.maps(notification, "env").stream().filter(env -> "SPRING_MAIL_HOST".equals(Tree.text(env, "name")))
                .forEach(env -> Tree.map(env, "valueFrom", "configMapKeyRef").put("key", "SMTP_HOST"));
        broken.removeIf(object -> "Secret".equals(Tree.text(object, "kind"))
                && "pathway-gateway-clients".equals(Tree.text(object, "metadata", "name")));

        assertThat(ManifestChecks.configReferences(broken)).containsExactlyInAnyOrder(
                "Deployment/notification refers to key SMTP_HOST of ConfigMap pathway-notification, which has only"
                        + " [PATHWAY_NOTIFICATION_PORTAL_BASE_URL, SPRING_MAIL_HOST, SPRING_MAIL_PORT]",
                "Deployment/gateway refers to Secret pathway-gateway-clients, which is not declared",
                "KeycloakRealmImport/pathway-realm refers to Secret pathway-gateway-clients, which is not declared",
                "KeycloakRealmImport/pathway-realm refers to Secret pathway-gateway-clients, which is not declared");
    }

    @Test
    void shouldDeclareExactlyTheBoundAndCataloguedTopicsWithDeadLettersReplicatedThreeTimes() {
        assertThat(CATALOGUE).contains("portfolio.activities", "jobs.alerts");
        assertThat(ManifestChecks.topics(BASE, APPS, CATALOGUE)).isEmpty();
    }

    @Test
    void shouldRejectAMissingUnusedOrUnderPartitionedTopic() {
        List<Map<String, Object>> broken = Tree.copy(BASE);
        broken.removeIf(object -> "KafkaTopic".equals(Tree.text(object, "kind"))
                && "jobs.alerts".equals(Tree.text(object, "metadata", "name")));
        broken.addAll(Repository.yamlDocuments("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: {name: jobs.rumours, labels: {strimzi.io/cluster: pathway}}
                spec: {partitions: 12, replicas: 1, config: {min.insync.replicas: 2}}
                """));
        broken.stream().filter(object -> "KafkaTopic".equals(Tree.text(object, "kind"))
                        && "promotion.readiness".equals(Tree.text(object, "metadata", "name")))
                .forEach(topic -> Tree.map(topic, "spec").put("partitions", 2));

        assertThat(ManifestChecks.topics(broken, APPS, CATALOGUE)).containsExactlyInAnyOrder(
                "no KafkaTopic for jobs.alerts (bound by [notification])",
                "KafkaTopic jobs.rumours must have replicas 3, has 1",
                "KafkaTopic jobs.rumours is neither bound by an app nor in docs/events.md",
                "KafkaTopic promotion.readiness has 2 partitions but mentoring-match may scale to 4 replicas:"
                        + " the extra consumers would idle",
                "KafkaTopic promotion.readiness has 2 partitions but notification may scale to 4 replicas:"
                        + " the extra consumers would idle");
    }

    @Test
    void shouldGiveEveryServiceAMongoUserOnItsOwnDatabase() {
        assertThat(APPS.stream().filter(app -> app.database() != null)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(ManifestChecks.databases(BASE, APPS)).isEmpty();
    }

    @Test
    void shouldRejectAServiceWhoseMongoUserMayNotWriteItsDatabase() {
        List<Map<String, Object>> broken = Tree.copy(BASE);
        Tree.maps(ManifestChecks.byName(broken, "MongoDBCommunity").get("pathway-mongodb"), "spec", "users").stream()
                .filter(user -> "job-posting".equals(Tree.text(user, "name")))
                .forEach(user -> user.put("roles", List.of(Map.of("name", "read", "db", "pathway-job-posting"))));

        assertThat(ManifestChecks.databases(broken, APPS)).containsExactly("Deployment job-posting must take"
                + " SPRING_MONGODB_URI from the connection Secret of a MongoDB user with readWrite on pathway-job-posting");
    }

    @Test
    void shouldRunEveryPodAsTheImagesNonRootUser() {
        int uid = Dockerfile.parse(REPOSITORY.text("infra/docker/Dockerfile")).runtimeUid();

        assertThat(ManifestChecks.nonRoot(PRODUCTION, uid)).isEmpty();
        assertThat(ManifestChecks.nonRoot(PRODUCTION, uid + 1)).hasSize(APPS.size());
    }

    @Test
    void shouldDeployProductionFromTheRegistryIntoItsNamespace() {
        ManifestChecks.byName(PRODUCTION, "Deployment").values().forEach(deployment -> {
            assertThat(Tree.text(deployment, "metadata", "namespace")).isEqualTo("pathway");
            assertThat(Tree.text(Kustomization.containers(deployment).get(0), "image"))
                    .startsWith("registry.example.edu/pathway/").endsWith(":0.1.0");
            assertThat(Tree.text(Kustomization.containers(deployment).get(0), "resources", "limits", "memory")).isEqualTo("1Gi");
        });
    }
}
