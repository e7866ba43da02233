package org.pathway.deploy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What rendered Kubernetes objects must satisfy for Pathway; each check returns the problems it found (none = fine),
 * in words that name the object and the fix.
 */
final class ManifestChecks {

    /** Keys the MongoDB Community operator writes into each user's connection-string Secret. */
    static final Set<String> MONGODB_CONNECTION_KEYS =
            Set.of("connectionString.standard", "connectionString.standardSrv", "username", "password");
    static final String CONTAINER = "app";
    static final String PORT_NAME = "http";

    private ManifestChecks() {
    }

    /** Every object names its API, its kind and itself. */
    static List<String> structure(List<Map<String, Object>> objects) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> object : objects) {
            for (String field : List.of("apiVersion", "kind")) {
                if (blank(Tree.text(object, field))) {
                    problems.add("an object without " + field + ": " + object.keySet());
                }
            }
            if (blank(Tree.text(object, "metadata", "name"))) {
                problems.add(Tree.text(object, "kind") + " without metadata.name");
            }
        }
        Set<String> seen = new HashSet<>();
        objects.stream().map(Tree::id).filter(id -> !seen.add(id)).forEach(id -> problems.add(id + " is declared twice"));
        return problems;
    }

    /**
     * Per app: a Deployment whose container listens on the app's server.port (named http) and probes actuator's
     * liveness and readiness groups, which the app's configuration enables; a Service, a PodDisruptionBudget and a
     * HorizontalPodAutoscaler that reach it. Every Deployment belongs to an app.
     */
    static List<String> apps(List<Map<String, Object>> objects, List<App> apps) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, Object>> deployments = byName(objects, "Deployment");
        for (App app : apps) {
            Map<String, Object> deployment = deployments.get(app.name());
            if (deployment == null) {
                problems.add("no Deployment " + app.name() + " for the app in " + app.module());
                continue;
            }
            problems.addAll(container(deployment, app));
            problems.addAll(reachability(objects, deployment, app));
        }
        Set<String> appNames = apps.stream().map(App::name).collect(Collectors.toSet());
        deployments.keySet().stream().filter(name -> !appNames.contains(name))
                .forEach(name -> problems.add("Deployment " + name + " matches no app module"));
        return problems;
    }

    private static List<String> container(Map<String, Object> deployment, App app) {
        List<String> problems = new ArrayList<>();
        String id = Tree.id(deployment);
        Map<String, Object> container = Kustomization.containers(deployment).stream()
                .filter(candidate -> CONTAINER.equals(Tree.text(candidate, "name"))).findFirst().orElse(null);
        if (container == null) {
            return List.of(id + " has no container named " + CONTAINER);
        }
        Map<String, Integer> ports = new HashMap<>();
        Tree.maps(container, "ports").forEach(port -> ports.put(Tree.text(port, "name"),
                Integer.valueOf(Tree.text(port, "containerPort"))));
        if (!Objects.equals(ports.get(PORT_NAME), app.port())) {
            problems.add(id + " container port " + PORT_NAME + " is " + ports.get(PORT_NAME) + " but " + app.module()
                    + " listens on server.port " + app.port());
        }
        if (!app.probesEnabled()) {
            problems.add(app.module() + " does not enable management.endpoint.health.probes.enabled, so "
                    + app.livenessPath() + " and " + app.readinessPath() + " do not exist");
        }
        problems.addAll(probe(id, container, "livenessProbe", app.livenessPath(), app, ports));
        problems.addAll(probe(id, container, "readinessProbe", app.readinessPath(), app, ports));
        String startup = Tree.text(container, "startupProbe", "httpGet", "path");
        if (startup != null && !startup.equals(app.livenessPath())) {
            problems.add(id + " startupProbe asks " + startup + ", expected " + app.livenessPath());
        }
        Map<String, Object> limits = Tree.map(container, "resources", "limits");
        Map<String, Object> requests = Tree.map(container, "resources", "requests");
        if (limits.get("memory") == null || requests.get("memory") == null || requests.get("cpu") == null) {
            problems.add(id + " needs resources.requests (cpu, memory) and resources.limits.memory");
        }
        return problems;
    }

    private static List<String> probe(String id, Map<String, Object> container, String probe, String path, App app,
            Map<String, Integer> ports) {
        Map<String, Object> httpGet = Tree.map(container, probe, "httpGet");
        if (httpGet.isEmpty()) {
            return List.of(id + " has no " + probe + " with httpGet");
        }
        List<String> problems = new ArrayList<>();
        if (!path.equals(Tree.text(httpGet, "path"))) {
            problems.add(id + " " + probe + " asks " + Tree.text(httpGet, "path") + ", expected " + path);
        }
        String port = Tree.text(httpGet, "port");
        Integer number = port != null && port.matches("\\d+") ? Integer.valueOf(port) : ports.get(port);
        if (!Objects.equals(number, app.probePort())) {
            problems.add(id + " " + probe + " uses port " + port + " (" + number + "), but actuator answers on "
                    + app.probePort());
        }
        return problems;
    }

    private static List<String> reachability(List<Map<String, Object>> objects, Map<String, Object> deployment, App app) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> podLabels = Tree.map(deployment, "spec", "template", "metadata", "labels");
        if (!selects(Tree.map(deployment, "spec", "selector", "matchLabels"), podLabels)) {
            problems.add(Tree.id(deployment) + " selector does not match its own pod labels");
        }
        Map<String, Object> service = byName(objects, "Service").get(app.name());
        if (service == null || !selects(Tree.map(service, "spec", "selector"), podLabels)) {
            problems.add("no Service " + app.name() + " selecting the pods of " + Tree.id(deployment));
        } else if (Tree.maps(service, "spec", "ports").stream().noneMatch(port ->
                PORT_NAME.equals(Tree.text(port, "targetPort")) || String.valueOf(app.port()).equals(Tree.text(port, "targetPort")))) {
            problems.add(Tree.id(service) + " does not target port " + PORT_NAME + " of " + Tree.id(deployment));
        }
        boolean budget = objects.stream().filter(object -> "PodDisruptionBudget".equals(Tree.text(object, "kind")))
                .anyMatch(pdb -> selects(Tree.map(pdb, "spec", "selector", "matchLabels"), podLabels));
        if (!budget) {
            problems.add("no PodDisruptionBudget selects the pods of " + Tree.id(deployment));
        }
        boolean autoscaled = objects.stream().filter(object -> "HorizontalPodAutoscaler".equals(Tree.text(object, "kind")))
                .anyMatch(hpa -> "Deployment".equals(Tree.text(hpa, "spec", "scaleTargetRef", "kind"))
                        && app.name().equals(Tree.text(hpa, "spec", "scaleTargetRef", "name")));
        if (!autoscaled) {
            problems.add("no HorizontalPodAutoscaler scales " + Tree.id(deployment));
        }
        return problems;
    }

    /**
     * Every ConfigMap and Secret a pod, an operator resource or a realm import refers to exists with the key it
     * names. Secrets the MongoDB Community operator writes (connectionStringSecretName) count as existing.
     */
    static List<String> configReferences(List<Map<String, Object>> objects) {
        Map<String, Set<String>> configMaps = new HashMap<>();
        Map<String, Set<String>> secrets = new HashMap<>();
        for (Map<String, Object> object : objects) {
            String name = Tree.text(object, "metadata", "name");
            switch (String.valueOf(Tree.text(object, "kind"))) {
                case "ConfigMap" -> configMaps.put(name, keys(object, "data", "binaryData"));
                case "Secret" -> secrets.put(name, keys(object, "data", "stringData"));
                case "MongoDBCommunity" -> Tree.maps(object, "spec", "users").stream()
                        .map(user -> Tree.text(user, "connectionStringSecretName")).filter(Objects::nonNull)
                        .forEach(secret -> secrets.put(secret, MONGODB_CONNECTION_KEYS));
                default -> { }
            }
        }
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> object : objects) {
            String id = Tree.id(object);
            for (Map<String, Object> container : Kustomization.containers(object)) {
                for (Map<String, Object> env : Tree.maps(container, "env")) {
                    check(problems, id, "ConfigMap", configMaps, Tree.map(env, "valueFrom", "configMapKeyRef"), "key");
                    check(problems, id, "Secret", secrets, Tree.map(env, "valueFrom", "secretKeyRef"), "key");
                }
                for (Map<String, Object> source : Tree.maps(container, "envFrom")) {
                    check(problems, id, "ConfigMap", configMaps, Tree.map(source, "configMapRef"), null);
                    check(problems, id, "Secret", secrets, Tree.map(source, "secretRef"), null);
                }
            }
            for (Map<String, Object> volume : Tree.maps(object, "spec", "template", "spec", "volumes")) {
                check(problems, id, "ConfigMap", configMaps, Tree.map(volume, "configMap"), null);
                Map<String, Object> secret = Tree.map(volume, "secret");
                if (!secret.isEmpty()) {
                    check(problems, id, "Secret", secrets, Map.of("name", Tree.text(secret, "secretName")), null);
                }
            }
            switch (String.valueOf(Tree.text(object, "kind"))) {
                case "Keycloak" -> {
                    check(problems, id, "Secret", secrets, Tree.map(object, "spec", "db", "usernameSecret"), "key");
                    check(problems, id, "Secret", secrets, Tree.map(object, "spec", "db", "passwordSecret"), "key");
                }
                case "KeycloakRealmImport" -> Tree.map(object, "spec", "placeholders").values().forEach(placeholder ->
                        check(problems, id, "Secret", secrets, Tree.map(placeholder, "secret"), "key"));
                case "MongoDBCommunity" -> Tree.maps(object, "spec", "users").forEach(user -> {
                    Map<String, Object> reference = new HashMap<>(Tree.map(user, "passwordSecretRef"));
                    reference.putIfAbsent("key", "password");
                    check(problems, id, "Secret", secrets, reference, "key");
                });
                default -> { }
            }
        }
        return problems;
    }

    private static void check(List<String> problems, String id, String kind, Map<String, Set<String>> known,
            Map<String, Object> reference, String keyField) {
        if (reference.isEmpty() || "true".equals(Tree.text(reference, "optional"))) {
            return;
        }
        String name = Tree.text(reference, "name");
        Set<String> keys = known.get(name);
        if (keys == null) {
            problems.add(id + " refers to " + kind + " " + name + ", which is not declared");
        } else if (keyField != null && !keys.contains(Tree.text(reference, keyField))) {
            problems.add(id + " refers to key " + Tree.text(reference, keyField) + " of " + kind + " " + name
                    + ", which has only " + new TreeSet<>(keys));
        }
    }

    private static Set<String> keys(Map<String, Object> object, String... fields) {
        Set<String> keys = new HashSet<>();
        for (String field : fields) {
            keys.addAll(Tree.map(object, field).keySet());
        }
        return keys;
    }

    /**
     * The KafkaTopics are exactly the topics the apps consume plus one dead-letter topic each, and the catalogue's
     * topics; each is replicated 3 times with min.insync.replicas 2, belongs to a declared Kafka cluster, and has at
     * least as many partitions as any consuming app can have replicas.
     */
    static List<String> topics(List<Map<String, Object>> objects, List<App> apps, Collection<String> catalogue) {
        List<String> problems = new ArrayList<>();
        Set<String> clusters = byName(objects, "Kafka").keySet();
        Map<String, Map<String, Object>> declared = new HashMap<>();
        for (Map<String, Object> topic : objects) {
            if ("KafkaTopic".equals(Tree.text(topic, "kind"))) {
                String name = Tree.text(topic, "spec", "topicName") != null ? Tree.text(topic, "spec", "topicName")
                        : Tree.text(topic, "metadata", "name");
                declared.put(name, topic);
                if (!"3".equals(Tree.text(topic, "spec", "replicas"))) {
                    problems.add("KafkaTopic " + name + " must have replicas 3, has " + Tree.text(topic, "spec", "replicas"));
                }
                if (!"2".equals(Tree.text(topic, "spec", "config", "min.insync.replicas"))) {
                    problems.add("KafkaTopic " + name + " must set config min.insync.replicas 2");
                }
                if (!clusters.contains(Tree.text(topic, "metadata", "labels", "strimzi.io/cluster"))) {
                    problems.add("KafkaTopic " + name + " is labelled for Kafka cluster "
                            + Tree.text(topic, "metadata", "labels", "strimzi.io/cluster") + ", which is not declared");
                }
            }
        }
        Set<String> expected = new TreeSet<>(catalogue);
        apps.forEach(app -> expected.addAll(app.consumedTopics()));
        Set<String> withDeadLetters = new TreeSet<>(expected);
        expected.forEach(topic -> withDeadLetters.add(topic + ".dlt"));
        withDeadLetters.stream().filter(topic -> !declared.containsKey(topic))
                .forEach(topic -> problems.add("no KafkaTopic for " + topic + " (bound by "
                        + consumers(apps, topic.replaceFirst("\\.dlt$", "")) + ")"));
        declared.keySet().stream().filter(topic -> !withDeadLetters.contains(topic)).sorted()
                .forEach(topic -> problems.add("KafkaTopic " + topic + " is neither bound by an app nor in docs/events.md"));

        Map<String, Integer> maxReplicas = maxReplicas(objects);
        for (App app : apps) {
            Integer replicas = maxReplicas.get(app.name());
            for (String topic : app.consumedTopics()) {
                String partitions = Tree.text(declared.get(topic), "spec", "partitions");
                if (replicas != null && partitions != null && Integer.parseInt(partitions) < replicas) {
                    problems.add("KafkaTopic " + topic + " has " + partitions + " partitions but " + app.name()
                            + " may scale to " + replicas + " replicas: the extra consumers would idle");
                }
            }
        }
        return problems;
    }

    private static Set<String> consumers(List<App> apps, String topic) {
        Set<String> names = new LinkedHashSet<>();
        apps.stream().filter(app -> app.consumedTopics().contains(topic)).forEach(app -> names.add(app.name()));
        return names.isEmpty() ? Set.of("the catalogue") : names;
    }

    private static Map<String, Integer> maxReplicas(List<Map<String, Object>> objects) {
        Map<String, Integer> replicas = new HashMap<>();
        objects.stream().filter(object -> "HorizontalPodAutoscaler".equals(Tree.text(object, "kind")))
                .forEach(hpa -> replicas.put(Tree.text(hpa, "spec", "scaleTargetRef", "name"),
                        Integer.valueOf(Tree.text(hpa, "spec", "maxReplicas"))));
        return replicas;
    }

    /**
     * Each app with a database reads SPRING_MONGODB_URI from the connection-string Secret of a MongoDB user allowed to
     * read and write that database.
     */
    static List<String> databases(List<Map<String, Object>> objects, List<App> apps) {
        Map<String, Map<String, Object>> usersBySecret = new HashMap<>();
        objects.stream().filter(object -> "MongoDBCommunity".equals(Tree.text(object, "kind")))
                .flatMap(mongo -> Tree.maps(mongo, "spec", "users").stream())
                .forEach(user -> usersBySecret.put(Tree.text(user, "connectionStringSecretName"), user));
        Map<String, Map<String, Object>> deployments = byName(objects, "Deployment");
        List<String> problems = new ArrayList<>();
        for (App app : apps) {
            if (app.database() == null || !deployments.containsKey(app.name())) {
                continue;
            }
            Map<String, Object> uri = Kustomization.containers(deployments.get(app.name())).stream()
                    .flatMap(container -> Tree.maps(container, "env").stream())
                    .filter(env -> "SPRING_MONGODB_URI".equals(Tree.text(env, "name"))).findFirst().orElse(Map.of());
            Map<String, Object> user = usersBySecret.get(Tree.text(uri, "valueFrom", "secretKeyRef", "name"));
            boolean allowed = user != null && Tree.maps(user, "roles").stream().anyMatch(role ->
                    app.database().equals(Tree.text(role, "db")) && Set.of("readWrite", "dbOwner").contains(Tree.text(role, "name")));
            if (!allowed) {
                problems.add("Deployment " + app.name() + " must take SPRING_MONGODB_URI from the connection Secret of a"
                        + " MongoDB user with readWrite on " + app.database());
            }
        }
        return problems;
    }

    /** Every app's pods run as the image's non-root user. */
    static List<String> nonRoot(List<Map<String, Object>> objects, int imageUid) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> deployment : byName(objects, "Deployment").values()) {
            Map<String, Object> security = Tree.map(deployment, "spec", "template", "spec", "securityContext");
            if (!"true".equals(Tree.text(security, "runAsNonRoot"))
                    || !String.valueOf(imageUid).equals(Tree.text(security, "runAsUser"))) {
                problems.add(Tree.id(deployment) + " must set runAsNonRoot: true and runAsUser: " + imageUid
                        + " (the image's USER)");
            }
        }
        return problems;
    }

    static Map<String, Map<String, Object>> byName(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(object -> kind.equals(Tree.text(object, "kind")))
                .collect(Collectors.toMap(object -> Tree.text(object, "metadata", "name"), Function.identity(),
                        (first, second) -> first));
    }

    private static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        return !selector.isEmpty() && selector.entrySet().stream()
                .allMatch(entry -> Objects.equals(String.valueOf(entry.getValue()), Tree.text(labels, entry.getKey())));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
