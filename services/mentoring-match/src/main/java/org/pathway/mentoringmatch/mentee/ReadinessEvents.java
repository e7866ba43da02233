package org.pathway.mentoringmatch.mentee;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.pathway.kit.consumer.IdempotentConsumer;
import org.pathway.kit.events.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Inbound {@code promotion.readiness} (binding {@code promotionReadiness-in-0}): the gaps of a mentee's latest
 * readiness assessment, as categories the scorer's {@code readiness} factor reads.
 */
@Configuration
class ReadinessEvents {

    static final String READINESS_ASSESSED = "org.pathway.promotion-review.ReadinessAssessed.v1";
    private static final Logger log = LoggerFactory.getLogger(ReadinessEvents.class);

    /** This consumer's own tolerant view of ReadinessAssessed v1: the candidate, when, and which requirements are unmet. */
    record ReadinessAssessed(String facultyId, String status, List<Gap> gaps, Instant assessedAt) {

        record Gap(String requirementId, Integer shortfall, String text) {
        }

        /**
         * Requirement ids are each institution's own (promotion-review's defaults: {@code education-scholarship},
         * {@code research-papers}, {@code national-presence}, {@code sustained-teaching}, {@code education-leadership},
         * {@code external-letters}); they are read by their words, so an institution's own ids land in the same
         * categories when they use them.
         */
        List<String> gapCategories() {
            TreeSet<String> categories = new TreeSet<>();
            if (gaps != null) {
                for (Gap gap : gaps) {
                    String id = gap.requirementId() == null ? "" : gap.requirementId().toLowerCase(Locale.ROOT);
                    if (id.contains("scholarship") || id.contains("paper") || id.contains("publication")) {
                        categories.add("SCHOLARSHIP");
                    } else if (id.contains("national") || id.contains("presence") || id.contains("letter")) {
                        categories.add("NATIONAL_PRESENCE");
                    } else if (id.contains("leadership")) {
                        categories.add("LEADERSHIP");
                    } else if (id.contains("teaching")) {
                        categories.add("TEACHING");
                    } else if (!id.isBlank()) {
                        categories.add(id.toUpperCase(Locale.ROOT).replace('-', '_'));
                    }
                }
            }
            return List.copyOf(categories);
        }
    }

    @Bean
    Consumer<Message<ReadinessAssessed>> promotionReadiness(IdempotentConsumer guard, Mentees mentees) {
        return message -> {
            EventEnvelope envelope = EventEnvelope.of(message);
            ReadinessAssessed event = message.getPayload();
            if (!READINESS_ASSESSED.equals(envelope.type()) || event.facultyId() == null || event.assessedAt() == null) {
                log.debug("Ignoring {} {}", envelope.type(), envelope.id());
                return;
            }
            guard.process(message, () -> mentees.apply(envelope.tenant(), event));
        };
    }
}
