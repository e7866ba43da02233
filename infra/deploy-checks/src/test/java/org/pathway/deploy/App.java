package org.pathway.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pathway.kit.config.KitDefaultsEnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

/**
 * One deployable app (a service or the gateway) as its own configuration describes it: its module's
 * {@code src/main/resources/application.yml}, plus the service kit's defaults when the module uses the kit, resolved
 * the way Spring resolves them (placeholders and their defaults), without the environment of the machine running
 * the checks.
 *
 * @param name           the module's directory name: the compose service, Deployment and image name
 * @param module         the module directory, relative to the repository root (e.g. {@code services/portfolio})
 * @param port           {@code server.port}
 * @param probesEnabled  {@code management.endpoint.health.probes.enabled}
 * @param managementPort {@code management.server.port}, or null when actuator shares the server port
 * @param actuatorPath   {@code management.endpoints.web.base-path}
 * @param database       {@code spring.mongodb.database}, or null for an app without MongoDB
 * @param consumedTopics every destination of an input binding ({@code spring.cloud.stream.bindings.*-in-N})
 */
record App(String name, String module, int port, boolean probesEnabled, Integer managementPort, String actuatorPath,
           String database, Set<String> consumedTopics) {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern INPUT_DESTINATION =
            Pattern.compile("^spring\\.cloud\\.stream\\.bindings\\.[^.]+-in-\\d+\\.destination$");

    /** Every module of the root pom that is a Spring Boot app with an application.yml, in pom order. */
    static List<App> all(Repository repository) {
        List<App> apps = new ArrayList<>();
        Matcher modules = MODULE.matcher(repository.text("pom.xml"));
        while (modules.find()) {
            String module = modules.group(1).trim();
            Path config = repository.path(module).resolve("src/main/resources/application.yml");
            String pom = Repository.read(repository.path(module).resolve("pom.xml"));
            if (Files.isRegularFile(config) && pom.contains("<artifactId>spring-boot-maven-plugin</artifactId>")) {
                apps.add(of(module, config, pom.contains("<artifactId>service-kit</artifactId>")));
            }
        }
        return apps;
    }

    static App of(String module, Path applicationYml, boolean usesKit) {
        StandardEnvironment environment = new StandardEnvironment();
        // only the files count, not whatever SERVER_PORT the machine running the checks happens to have
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader()
                    .load(applicationYml.toString(), new FileSystemResource(applicationYml))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (usesKit) {
            new KitDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
        }
        Set<String> topics = new TreeSet<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String property : enumerable.getPropertyNames()) {
                    if (INPUT_DESTINATION.matcher(property).matches()) {
                        Arrays.stream(environment.getRequiredProperty(property).split(","))
                                .map(String::strip).filter(topic -> !topic.isEmpty()).forEach(topics::add);
                    }
                }
            }
        }
        String name = Path.of(module).getFileName().toString();
        return new App(name, module,
                environment.getProperty("server.port", Integer.class, 8080),
                environment.getProperty("management.endpoint.health.probes.enabled", Boolean.class, false),
                environment.getProperty("management.server.port", Integer.class),
                environment.getProperty("management.endpoints.web.base-path", "/actuator"),
                environment.getProperty("spring.mongodb.database"),
                topics);
    }

    /** The port the probes must use: actuator's own port if it has one. */
    int probePort() {
        return managementPort != null ? managementPort : port;
    }

    String livenessPath() {
        return actuatorPath + "/health/liveness";
    }

    String readinessPath() {
        return actuatorPath + "/health/readiness";
    }
}
