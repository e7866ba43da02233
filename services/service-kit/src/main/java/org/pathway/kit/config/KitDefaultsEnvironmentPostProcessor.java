package org.pathway.kit.config;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * The kit's defaults for every service, as the lowest-precedence property source: a service's own configuration
 * overrides any of them. They make a consumer binding need only {@code destination} and {@code group}: bounded
 * retries with back-off, then the dead-letter topic {@code <topic>.dlt}; offsets committed per record after
 * processing; brokers from {@code spring.kafka.bootstrap-servers}; the function definition derived from the
 * binding names. Also: Jackson fails on unknown properties, health probes on, Prometheus metrics, every request traced.
 */
public class KitDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "pathwayKitDefaults";
    private static final Pattern INPUT_DESTINATION =
            Pattern.compile("^spring\\.cloud\\.stream\\.bindings\\.(.+-in-\\d+)\\.destination$");
    private static final Pattern BINDING = Pattern.compile("^spring\\.cloud\\.stream\\.bindings\\.(.+)-(in|out)-\\d+\\..+$");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.jackson.deserialization.fail-on-unknown-properties", "true");
        defaults.put("spring.jackson.deserialization.fail-on-null-for-primitives", "true");
        // A number where a date belongs is a client's mistake, not "days since 1970".
        defaults.put("spring.jackson.default-leniency", "false");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        // Every request is traced (a deployment lowers it); spans leave the JVM only when an OTLP endpoint is set
        // (management.opentelemetry.tracing.export.otlp.endpoint). Metrics are scraped (Prometheus), never pushed.
        defaults.put("management.tracing.sampling.probability", "1.0");
        defaults.put("management.otlp.metrics.export.enabled", "false");
        defaults.put("management.metrics.tags.application", "${spring.application.name:service}");
        // The consumer's span continues the producer's trace from the record's traceparent header.
        defaults.put("spring.cloud.stream.kafka.binder.enable-observation", "true");

        defaults.put("spring.cloud.stream.kafka.binder.brokers", "${spring.kafka.bootstrap-servers:localhost:9092}");
        defaults.put("spring.cloud.stream.default.consumer.max-attempts", "3");
        defaults.put("spring.cloud.stream.default.consumer.back-off-initial-interval", "200");
        defaults.put("spring.cloud.stream.default.consumer.back-off-multiplier", "2.0");
        defaults.put("spring.cloud.stream.default.consumer.back-off-max-interval", "2000");
        defaults.put("spring.cloud.stream.default.content-type", "application/json");
        // A payload that cannot be read will not become readable on a second try: dead-letter it at once.
        defaults.put("spring.cloud.stream.default.consumer.retryable-exceptions"
                + "[org.springframework.messaging.converter.MessageConversionException]", "false");
        defaults.put("spring.cloud.stream.kafka.default.consumer.enable-dlq", "true");
        defaults.put("spring.cloud.stream.kafka.default.consumer.ack-mode", "RECORD");
        defaults.put("spring.cloud.stream.kafka.default.consumer.start-offset", "earliest");
        // Functions are bound because a binding names them (below), never by guessing from the bean types: otherwise a
        // service without consumers would bind the kit's DlqDestinationResolver, a BiFunction, as a stream function.
        defaults.put("spring.cloud.stream.function.autodetect", "false");

        if (!environment.containsProperty("spring.cloud.function.definition")) {
            Set<String> functions = functionsOfBindings(environment);
            if (!functions.isEmpty()) {
                defaults.put("spring.cloud.function.definition", String.join(";", functions));
            }
        }
        deadLetterTopicsOfInputBindings(environment).forEach((binding, dlt) ->
                defaults.put("spring.cloud.stream.kafka.bindings." + binding + ".consumer.dlq-name", dlt));
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }

    /**
     * {@code <destination>.dlt} for every input binding with a single destination. The DlqDestinationResolver routes
     * dead letters there anyway; naming it per binding also makes the binder provision that topic (instead of its
     * default {@code error.<destination>.<group>}), so dead-lettering never depends on broker-side auto-creation.
     */
    private static Map<String, String> deadLetterTopicsOfInputBindings(ConfigurableEnvironment environment) {
        Map<String, String> topics = new LinkedHashMap<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    Matcher input = INPUT_DESTINATION.matcher(name);
                    String destination = input.matches() ? environment.getProperty(name) : null;
                    if (destination != null && !destination.isBlank() && !destination.contains(",")) {
                        topics.putIfAbsent(input.group(1), destination.strip() + ".dlt");
                    }
                }
            }
        }
        return topics;
    }

    private static Set<String> functionsOfBindings(ConfigurableEnvironment environment) {
        Set<String> functions = new LinkedHashSet<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    Matcher matcher = BINDING.matcher(name);
                    if (matcher.matches()) {
                        functions.add(matcher.group(1));
                    }
                }
            }
        }
        return functions;
    }
}
