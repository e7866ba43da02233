package org.pathway.promotionreview.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import org.pathway.kit.consumer.IdempotentConsumer;
import org.pathway.kit.events.EventEnvelope;
import org.pathway.promotionreview.assessment.Assessments;
import org.pathway.promotionreview.evidence.Evidence;
import org.pathway.promotionreview.evidence.EvidenceProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Inbound {@code portfolio.activities}: keeps the evidence projection (binding {@code portfolioActivities-in-0}), then
 * reassesses the faculty member's readiness from it. Both steps are idempotent, so a redelivery after a crash between
 * them simply runs them again.
 */
@Configuration
class PortfolioActivityEvents {

    static final String ACTIVITY_RECORDED = "org.pathway.portfolio.ActivityRecorded.v1";
    static final String ACTIVITY_REVISED = "org.pathway.portfolio.ActivityRevised.v1";
    static final String ACTIVITY_REMOVED = "org.pathway.portfolio.ActivityRemoved.v1";
    private static final Logger log = LoggerFactory.getLogger(PortfolioActivityEvents.class);

    /**
     * This consumer's own tolerant view of the three activity events (their shared fields): only what it reads.
     * The kind's typed facts arrive under the kind's name ({@code teaching}, {@code scholarship}, ...).
     */
    record ActivityEvent(String activityId, String facultyId, String kind, String title, LocalDate occurredOn,
            LocalDate endedOn, Instant recordedAt, Instant revisedAt, Integer revision, Map<String, Object> teaching,
            Map<String, Object> curriculum, Map<String, Object> scholarship, Map<String, Object> leadership,
            Map<String, Object> award, Map<String, Object> mentoring) {

        Map<String, Object> details() {
            Map<String, Object> details = kind == null ? null : switch (kind) {
                case "TEACHING" -> teaching;
                case "CURRICULUM" -> curriculum;
                case "SCHOLARSHIP" -> scholarship;
                case "LEADERSHIP" -> leadership;
                case "AWARD" -> award;
                case "MENTORING" -> mentoring;
                default -> null;
            };
            return details == null ? Map.of() : details;
        }

        Evidence toEvidence(EventEnvelope envelope) {
            return new Evidence(activityId, envelope.tenant(), facultyId, kind, title, occurredOn, endedOn, details(),
                    revision == null ? 1 : revision, recordedAt, revisedAt, envelope.id());
        }
    }

    @Bean
    Consumer<Message<ActivityEvent>> portfolioActivities(IdempotentConsumer guard, EvidenceProjection projection,
            Assessments assessments) {
        return message -> {
            EventEnvelope envelope = EventEnvelope.of(message);
            ActivityEvent event = message.getPayload();
            switch (envelope.type()) {
                case ACTIVITY_RECORDED, ACTIVITY_REVISED -> guard.process(message, () -> {
                    projection.apply(event.toEvidence(envelope));
                    assessments.reassess(envelope.tenant(), event.facultyId());
                });
                case ACTIVITY_REMOVED -> guard.process(message, () -> {
                    projection.remove(envelope.tenant(), event.activityId());
                    assessments.reassess(envelope.tenant(), event.facultyId());
                });
                default -> log.debug("Ignoring {} {}", envelope.type(), envelope.id());
            }
        };
    }
}
