package org.pathway.notification.messaging;

import java.time.Instant;
import java.util.function.Consumer;

import org.pathway.kit.consumer.IdempotentConsumer;
import org.pathway.kit.events.EventEnvelope;
import org.pathway.notification.recipient.Recipient;
import org.pathway.notification.recipient.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Inbound {@code portfolio.profiles} (binding {@code profileEvents-in-0}): keeps the recipients projection. */
@Configuration
class PortfolioProfileEvents {

    static final String PROFILE_UPDATED = "org.pathway.portfolio.ProfileUpdated.v1";
    private static final Logger log = LoggerFactory.getLogger(PortfolioProfileEvents.class);

    /** This consumer's tolerant view of ProfileUpdated v1: who the person is and how to reach them, nothing else. */
    record ProfileUpdated(String userId, String name, String email, Integer revision, Instant updatedAt) {

        Recipient toRecipient(String tenant) {
            return Recipient.of(tenant, userId, name, email, revision == null ? 1 : revision, updatedAt);
        }
    }

    @Bean
    Consumer<Message<ProfileUpdated>> profileEvents(IdempotentConsumer guard, Recipients recipients) {
        return message -> {
            EventEnvelope envelope = EventEnvelope.of(message);
            if (!PROFILE_UPDATED.equals(envelope.type())) {
                log.debug("Ignoring {} {}", envelope.type(), envelope.id());
                return;
            }
            if (envelope.tenant() == null || message.getPayload().userId() == null) {
                throw new IllegalArgumentException("ProfileUpdated " + envelope.id() + " without tenant or userId");
            }
            guard.process(message, () -> recipients.apply(message.getPayload().toRecipient(envelope.tenant())));
        };
    }
}
