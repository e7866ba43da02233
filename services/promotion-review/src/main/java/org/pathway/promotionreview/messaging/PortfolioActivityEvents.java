package org.pathway.promotionreview.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.pathway.kit.consumer.IdempotentConsumer;
import org.pathway.kit.events.EventEnvelope;
import org.pathway.promotionreview.evidence.Evidence;
import org.pathway.promotionreview.evidence.EvidenceProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Inbound {@code portfolio.activities}: keeps the evidence projection (binding {@code portfolioActivities-in-0}). */
@Configuration
class PortfolioActivityEvents {

    static final String ACTIVITY_RECORDED = "org.pathway.portfolio.ActivityRecorded.v1";
    private static final Logger log = LoggerFactory.getLogger(PortfolioActivityEvents.class);

    /** This consumer's own tolerant view of ActivityRecorded v1: only the fields it reads. */
    record ActivityRecorded(String activityId, String facultyId, String kind, String title, LocalDate occurredOn,
            LocalDate endedOn, Instant recordedAt) {
    }

    @Bean
    Consumer<Message<ActivityRecorded>> portfolioActivities(IdempotentConsumer guard, EvidenceProjection projection) {
        return message -> {
            EventEnvelope envelope = EventEnvelope.of(message);
            if (!ACTIVITY_RECORDED.equals(envelope.type())) {
                log.debug("Ignoring {} {}", envelope.type(), envelope.id());
                return;
            }
            guard.process(message, () -> {
                ActivityRecorded event = message.getPayload();
                projection.recorded(new Evidence(event.activityId(), envelope.tenant(), event.facultyId(), event.kind(),
                        event.title(), event.occurredOn(), event.endedOn(), event.recordedAt(), envelope.id()));
            });
        };
    }
}
