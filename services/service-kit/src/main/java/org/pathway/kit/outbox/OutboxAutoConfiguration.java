package org.pathway.kit.outbox;

import java.time.Clock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.pathway.kit.config.KitProperties;
import org.pathway.kit.events.EventsAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.json.JsonMapper;

/** The in-document outbox: publisher, relay, after-save publishing and the periodic sweep. */
@AutoConfiguration(after = EventsAutoConfiguration.class,
        afterName = {"org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
                "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@EnableConfigurationProperties(KitProperties.class)
@ConditionalOnBean(MongoTemplate.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventPublisher pathwayEventPublisher(@Qualifier(EventsAutoConfiguration.OUTBOX_KAFKA_TEMPLATE) KafkaTemplate<String, byte[]> kafka,
            JsonMapper jsonMapper, KitProperties properties, Environment environment) {
        String source = properties.events().source();
        if (source == null || source.isBlank()) {
            source = "/pathway/" + environment.getProperty("spring.application.name", "service");
        }
        return new EventPublisher(kafka, jsonMapper, source, properties.outbox().publishTimeout());
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxRelay pathwayOutboxRelay(MongoTemplate mongo, EventPublisher publisher, KitProperties properties,
            Clock clock) {
        return new OutboxRelay(mongo, publisher, properties.outbox(), clock);
    }

    @Bean
    OutboxSaveListener pathwayOutboxSaveListener(OutboxRelay relay) {
        return new OutboxSaveListener(relay);
    }

    /** {@code pathway.outbox.backlog{collection}}: aggregates whose events wait for Kafka; it should hover at 0. */
    @Bean
    MeterBinder pathwayOutboxBacklogMetrics(OutboxRelay relay) {
        return registry -> relay.collections().forEach(collection ->
                Gauge.builder("pathway.outbox.backlog", relay, r -> r.backlog(collection))
                        .description("Aggregates with events not yet acknowledged by Kafka")
                        .tag("collection", collection).register(registry));
    }

    @Bean
    @ConditionalOnProperty(name = "pathway.kit.outbox.sweep-enabled", havingValue = "true", matchIfMissing = true)
    OutboxSweeper pathwayOutboxSweeper(OutboxRelay relay, KitProperties properties) {
        return new OutboxSweeper(relay, properties.outbox().sweepInterval());
    }
}
