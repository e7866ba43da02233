package org.pathway.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What docker-compose.yml must satisfy; each check returns the problems it found (none = fine). */
final class ComposeChecks {

    /** ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?message}; $$ is an escaped dollar, not a variable. */
    private static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)([:?-][^}]*)?}");

    private ComposeChecks() {
    }

    static Map<String, Map<String, Object>> services(Map<String, Object> compose) {
        Map<String, Map<String, Object>> services = new LinkedHashMap<>();
        Tree.map(compose, "services").forEach((name, service) -> services.put(name, Tree.map(service)));
        return services;
    }

    /** Every service has a health check that tests something, and a memory limit. */
    static List<String> healthAndMemory(Map<String, Object> compose) {
        List<String> problems = new ArrayList<>();
        services(compose).forEach((name, service) -> {
            List<Object> test = Tree.list(service, "healthcheck", "test");
            if (test.isEmpty() || "NONE".equals(test.get(0)) || "true".equals(Tree.text(service, "healthcheck", "disable"))) {
                problems.add("service " + name + " has no healthcheck");
            }
            if (Tree.at(service, "mem_limit") == null && Tree.at(service, "deploy", "resources", "limits", "memory") == null) {
                problems.add("service " + name + " has no memory limit (mem_limit)");
            }
        });
        return problems;
    }

    /** Every dependency waits for the other service to be healthy, and names a service that exists. */
    static List<String> dependencies(Map<String, Object> compose) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, Object>> services = services(compose);
        services.forEach((name, service) -> {
            Object dependsOn = service.get("depends_on");
            if (dependsOn instanceof List<?>) {
                problems.add("service " + name + " lists depends_on without conditions: use condition: service_healthy");
                return;
            }
            Tree.map(dependsOn).forEach((dependency, condition) -> {
                if (!services.containsKey(dependency)) {
                    problems.add("service " + name + " depends on " + dependency + ", which is not a service");
                }
                if (!"service_healthy".equals(Tree.text(condition, "condition"))) {
                    problems.add("service " + name + " depends on " + dependency + " with condition "
                            + Tree.text(condition, "condition") + " instead of service_healthy");
                }
            });
            String networkMode = Tree.text(service, "network_mode");
            if (networkMode != null && networkMode.startsWith("service:")
                    && !services.containsKey(networkMode.substring("service:".length()))) {
                problems.add("service " + name + " joins the network of " + networkMode + ", which is not a service");
            }
        });
        return problems;
    }

    /** Every file or directory the file mounts, builds from, or builds with exists (paths relative to the file). */
    static List<String> files(Map<String, Object> compose, Path directory) {
        List<String> problems = new ArrayList<>();
        services(compose).forEach((name, service) -> {
            for (Object volume : Tree.list(service, "volumes")) {
                String source = volume instanceof Map<?, ?> ? Tree.text(volume, "source") : String.valueOf(volume).split(":")[0];
                if (source != null && (source.startsWith(".") || source.startsWith("/")) && !Files.exists(directory.resolve(source))) {
                    problems.add("service " + name + " mounts " + source + ", which does not exist");
                }
            }
            Object build = service.get("build");
            if (build != null) {
                String context = build instanceof Map<?, ?> ? Tree.text(build, "context") : String.valueOf(build);
                Path contextPath = directory.resolve(context == null ? "." : context);
                String dockerfile = build instanceof Map<?, ?> && Tree.text(build, "dockerfile") != null
                        ? Tree.text(build, "dockerfile") : "Dockerfile";
                if (!Files.isDirectory(contextPath)) {
                    problems.add("service " + name + " builds from " + context + ", which is not a directory");
                } else if (!Files.isRegularFile(contextPath.resolve(dockerfile))) {
                    problems.add("service " + name + " builds with " + dockerfile + ", which does not exist");
                }
                String module = Tree.text(build, "args", "APP");
                if (module != null && !Files.isDirectory(contextPath.resolve(module))) {
                    problems.add("service " + name + " builds module " + module + ", which does not exist");
                }
            }
        });
        return problems;
    }

    /** Every variable the file uses without a default is defined in .env. */
    static List<String> variables(String composeText, Set<String> defined) {
        List<String> problems = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(composeText);
        while (matcher.find()) {
            if (matcher.group(2) == null && !defined.contains(matcher.group(1))) {
                problems.add("${" + matcher.group(1) + "} is used but not defined in .env");
            }
        }
        return problems.stream().distinct().toList();
    }

    /**
     * Every app runs as a service of its own name, built from its module, on its server.port, with a heap that
     * follows the container's memory limit.
     */
    static List<String> apps(Map<String, Object> compose, List<App> apps) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, Object>> services = services(compose);
        for (App app : apps) {
            Map<String, Object> service = services.get(app.name());
            if (service == null) {
                problems.add("no compose service " + app.name() + " for " + app.module());
                continue;
            }
            if (!app.module().equals(Tree.text(service, "build", "args", "APP"))) {
                problems.add("service " + app.name() + " must build APP=" + app.module());
            }
            if (!String.valueOf(app.port()).equals(Tree.text(service, "environment", "SERVER_PORT"))) {
                problems.add("service " + app.name() + " sets SERVER_PORT " + Tree.text(service, "environment", "SERVER_PORT")
                        + " but " + app.module() + " listens on " + app.port()
                        + " (the health check and the other services use SERVER_PORT)");
            }
            String javaOptions = Tree.text(service, "environment", "JAVA_TOOL_OPTIONS");
            if (javaOptions == null || !javaOptions.contains("MaxRAMPercentage")) {
                problems.add("service " + app.name() + " needs JAVA_TOOL_OPTIONS with -XX:MaxRAMPercentage");
            }
        }
        return problems;
    }

    /** The NAME=value lines of an env file. */
    static Map<String, String> dotEnv(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            int equals = trimmed.indexOf('=');
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && equals > 0) {
                values.put(trimmed.substring(0, equals).strip(), trimmed.substring(equals + 1).strip());
            }
        }
        return values;
    }
}
