package org.pathway.kit.deadletter;

import java.time.Clock;

import org.pathway.kit.config.KitProperties;
import org.pathway.kit.events.EventsAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** Dead letters recorded where they happen (see {@link DeadLetterRecorder}) and listed for admins. */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        after = EventsAutoConfiguration.class)
@EnableConfigurationProperties(KitProperties.class)
@ConditionalOnBean(MongoTemplate.class)
public class DeadLetterAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DeadLetterRecorder pathwayDeadLetterRecorder(MongoTemplate mongo, KitProperties properties, Clock clock,
            @Value("${spring.application.name:service}") String service) {
        return new DeadLetterRecorder(mongo, properties.deadLetters(), service, clock);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Api {

        @Bean
        DeadLetters pathwayDeadLetters(MongoTemplate mongo, KitProperties properties, Clock clock,
                @Qualifier(EventsAutoConfiguration.OUTBOX_KAFKA_TEMPLATE) KafkaTemplate<String, byte[]> kafka) {
            return new DeadLetters(mongo, properties.deadLetters(), kafka, properties.outbox().publishTimeout(), clock);
        }

        @Bean
        DeadLetterController pathwayDeadLetterController(DeadLetters deadLetters, KitProperties properties) {
            return new DeadLetterController(deadLetters, properties);
        }
    }
}
