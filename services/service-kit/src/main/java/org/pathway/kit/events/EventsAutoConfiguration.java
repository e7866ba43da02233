package org.pathway.kit.events;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.pathway.kit.config.KitProperties;
import org.pathway.kit.deadletter.DeadLetterRecorder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.cloud.function.context.config.MessageConverterHelper;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.messaging.Message;

/**
 * Kafka side of the kit: the producer the outbox relay publishes with, and dead-lettering of consumer bindings to
 * {@code <topic>.dlt}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties(KitProperties.class)
public class EventsAutoConfiguration {

    /** The bean name of the relay's producer, distinct from Boot's {@code kafkaTemplate}. */
    public static final String OUTBOX_KAFKA_TEMPLATE = "pathwayOutboxKafkaTemplate";

    /**
     * Built from Boot's {@code spring.kafka.*} properties, with the settings the outbox relies on forced: an
     * idempotent producer with {@code acks=all} (a retried send never duplicates or reorders within a partition),
     * string keys and raw byte values (the relay writes the JSON itself; no type headers). While the broker cannot
     * be reached, {@code send()} blocks at most the outbox's publish timeout (Kafka's default is 60 s), so a write
     * whose after-save publish fails returns within it and leaves the event to the sweep.
     */
    @Bean(OUTBOX_KAFKA_TEMPLATE)
    KafkaTemplate<String, byte[]> pathwayOutboxKafkaTemplate(KafkaProperties kafkaProperties, KitProperties kit) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, kit.outbox().publishTimeout().toMillis());
        DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(config);
        return new KafkaTemplate<>(factory);
    }

    /**
     * Spring Cloud Function hands a consumer the raw bytes when no converter can read the payload (malformed JSON),
     * so the handler would run with a payload of the wrong type. Failing the conversion instead sends the record
     * straight down the binder's error path: not retried (see the kit's defaults) and dead-lettered.
     */
    @Bean
    MessageConverterHelper pathwayFailOnUnconvertiblePayload() {
        return new MessageConverterHelper() {
            @Override
            public boolean shouldFailIfCantConvert(Message<?> message) {
                return true;
            }

            @Override
            public boolean shouldFailIfCantConvert(Message<?> message, Throwable failure) {
                return true;
            }
        };
    }

    /** The one clock of a service: domain code takes it injected, so tests can pin time. */
    @Bean
    @ConditionalOnMissingBean
    Clock pathwayClock() {
        return Clock.systemUTC();
    }

    /**
     * Dead letters go to {@code <original topic>.dlt}, next to the topic, whatever the consumer group. The binder asks
     * this resolver once per dead letter, on the consumer's thread, with the failure in hand: the one place where the
     * dead letter is recorded for the admins (a {@code DeadLetterRecorder}, present wherever the service has MongoDB).
     */
    @Bean
    @ConditionalOnMissingBean
    DlqDestinationResolver pathwayDlqDestinationResolver(ObjectProvider<DeadLetterRecorder> recorder) {
        return (record, exception) -> {
            String deadLetterTopic = record.topic() + ".dlt";
            recorder.ifAvailable(available -> available.record(record, exception, deadLetterTopic));
            return deadLetterTopic;
        };
    }
}
