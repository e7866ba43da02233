package org.pathway.kit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class KitDefaultsEnvironmentPostProcessorTests {

    private final KitDefaultsEnvironmentPostProcessor processor = new KitDefaultsEnvironmentPostProcessor();

    @Test
    void shouldDeriveFunctionDefinitionAndDeadLetterDefaultsFromBindings() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("service", Map.of(
                "spring.cloud.stream.bindings.activityEvents-in-0.destination", "portfolio.activities",
                "spring.cloud.stream.bindings.activityEvents-in-0.group", "promotion-review",
                "spring.cloud.stream.bindings.profileEvents-in-0.destination", "portfolio.profiles")));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.cloud.function.definition").split(";"))
                .containsExactlyInAnyOrder("activityEvents", "profileEvents");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.default.consumer.enable-dlq")).isEqualTo("true");
        assertThat(environment.getProperty("spring.cloud.stream.default.consumer.max-attempts")).isEqualTo("3");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.activityEvents-in-0.consumer.dlq-name"))
                .isEqualTo("portfolio.activities.dlt");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.profileEvents-in-0.consumer.dlq-name"))
                .isEqualTo("portfolio.profiles.dlt");
        assertThat(environment.getProperty("spring.cloud.stream.function.autodetect"))
                .as("only functions named by a binding are bound").isEqualTo("false");
    }

    @Test
    void shouldLetServiceOverrideEveryDefault() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("service", Map.of(
                "spring.cloud.function.definition", "onlyThis",
                "spring.cloud.stream.default.consumer.max-attempts", "5")));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.cloud.function.definition")).isEqualTo("onlyThis");
        assertThat(environment.getProperty("spring.cloud.stream.default.consumer.max-attempts")).isEqualTo("5");
    }
}
