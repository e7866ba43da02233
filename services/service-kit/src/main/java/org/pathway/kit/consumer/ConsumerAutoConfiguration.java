package org.pathway.kit.consumer;

import java.time.Clock;

import org.pathway.kit.config.KitProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The idempotent consumer guard. */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@EnableConfigurationProperties(KitProperties.class)
@ConditionalOnBean(MongoTemplate.class)
public class ConsumerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    IdempotentConsumer pathwayIdempotentConsumer(MongoTemplate mongo, KitProperties properties, Clock clock) {
        return new IdempotentConsumer(mongo, properties.consumer(), clock);
    }
}
