package org.pathway.notification.messaging;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pathway.kit.consumer.IdempotentConsumer;
import org.pathway.kit.events.EventEnvelope;
import org.pathway.notification.delivery.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inbound events of the other services (binding {@code notificationEvents-in-0}, one binding over every topic that
 * carries something to tell people): each type with a {@link NotificationMapping} becomes notices and deliveries;
 * other types on those topics are ignored. The payload arrives as a JSON object (the binder converts it) and is read
 * into the mapping's tolerant record here, since one binding carries several types. A payload the mapping cannot read fails, is retried by the binder and then
 * dead-lettered to {@code <topic>.dlt}.
 */
@Configuration
class InboundEvents {

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);

    /** Tolerant: fields a producer adds later are ignored, as the additive-change rule of the contracts allows. */
    static final JsonMapper PAYLOADS = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Bean
    Consumer<Message<Map<String, Object>>> notificationEvents(IdempotentConsumer guard, Notifier notifier,
            List<NotificationMapping<?>> mappings) {
        Map<String, NotificationMapping<?>> byType = mappings.stream()
                .collect(Collectors.toMap(NotificationMapping::eventType, Function.identity()));
        return message -> {
            EventEnvelope envelope = EventEnvelope.of(message);
            NotificationMapping<?> mapping = byType.get(envelope.type());
            if (mapping == null) {
                log.debug("No notification for {} {}", envelope.type(), envelope.id());
                return;
            }
            guard.process(message, () -> notifier.notify(envelope, notices(mapping, envelope, message.getPayload())));
        };
    }

    private static <T> List<org.pathway.notification.delivery.Notice> notices(NotificationMapping<T> mapping,
            EventEnvelope envelope, Map<String, Object> payload) {
        return mapping.notices(envelope, PAYLOADS.convertValue(payload, mapping.payloadType()));
    }
}
