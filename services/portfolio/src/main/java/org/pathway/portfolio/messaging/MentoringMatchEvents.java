package org.pathway.portfolio.messaging;

import java.time.Instant;
import java.util.Arrays;
import java.util.function.Consumer;

import org.pathway.kit.consumer.IdempotentConsumer;
import org.pathway.kit.events.EventEnvelope;
import org.pathway.portfolio.activity.MatchMentoring;
import org.pathway.portfolio.activity.MentoringFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Inbound {@code mentoring.matches} (binding {@code mentoringMatches-in-0}): an accepted match becomes mentoring given
 * on the mentor's portfolio and mentoring received on the mentee's. The topic's other events are not the portfolio's
 * business. The guard drops redeliveries by event id; the records' derived ids make even a re-sent event (new id, same
 * match) change nothing.
 */
@Configuration
class MentoringMatchEvents {

    static final String MATCH_ACCEPTED = "org.pathway.mentoring-match.MatchAccepted.v1";
    private static final Logger log = LoggerFactory.getLogger(MentoringMatchEvents.class);

    /**
     * This consumer's tolerant view of MatchAccepted v1: only what it reads. {@code kind} stays a string so a format
     * added to mentoring-match later is recorded without one instead of being a poison message.
     */
    record MatchAccepted(String matchId, String institution, String menteeId, String mentorId, String mentorInstitution,
            String kind, Instant acceptedAt) {

        /** The mentor's institution; the same as the mentee's unless both opted in to a match across institutions. */
        String mentorTenant() {
            return mentorInstitution == null || mentorInstitution.isBlank() ? institution : mentorInstitution;
        }

        MentoringFormat format() {
            return Arrays.stream(MentoringFormat.values()).filter(format -> format.name().equals(kind)).findFirst()
                    .orElse(null);
        }
    }

    @Bean
    Consumer<Message<MatchAccepted>> mentoringMatches(IdempotentConsumer guard, MatchMentoring mentoring) {
        return message -> {
            EventEnvelope envelope = EventEnvelope.of(message);
            if (!MATCH_ACCEPTED.equals(envelope.type())) {
                log.debug("Ignoring {} {}", envelope.type(), envelope.id());
                return;
            }
            MatchAccepted event = message.getPayload();
            // The mentee's institution is the event's tenant; the payload repeats it for the cross-institution case.
            String menteeTenant = envelope.tenant() == null ? event.institution() : envelope.tenant();
            guard.process(message, () -> mentoring.recordAccepted(event.matchId(), event.mentorTenant(),
                    event.mentorId(), menteeTenant, event.menteeId(), event.format(), event.acceptedAt()));
        };
    }
}
