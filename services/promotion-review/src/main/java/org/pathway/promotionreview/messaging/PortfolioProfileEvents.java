package org.pathway.promotionreview.messaging;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.pathway.kit.consumer.IdempotentConsumer;
import org.pathway.kit.events.EventEnvelope;
import org.pathway.promotionreview.assessment.Assessments;
import org.pathway.promotionreview.candidate.Candidate;
import org.pathway.promotionreview.candidate.CandidateProjection;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Inbound {@code portfolio.profiles} (binding {@code portfolioProfiles-in-0}): keeps the candidate projection, then
 * reassesses the faculty member's readiness (rank, track and niche all change what the report says).
 */
@Configuration
class PortfolioProfileEvents {

    static final String PROFILE_UPDATED = "org.pathway.portfolio.ProfileUpdated.v1";
    private static final Logger log = LoggerFactory.getLogger(PortfolioProfileEvents.class);

    /**
     * This consumer's tolerant view of ProfileUpdated v1: only what readiness reads. Rank and track stay strings so a
     * value added to the portfolio's enums later is "unknown" here instead of a poison message.
     */
    record ProfileEvent(String userId, String name, String rank, String track, EducationNiche educationNiche,
            Integer revision, Instant updatedAt) {

        record EducationNiche(String theme, List<String> tags) {
        }

        Candidate toCandidate(EventEnvelope envelope) {
            return new Candidate(Candidate.idOf(envelope.tenant(), userId), envelope.tenant(), userId, name, rank(rank),
                    track(track), educationNiche == null ? null : educationNiche.theme(),
                    educationNiche == null || educationNiche.tags() == null ? List.of() : educationNiche.tags(),
                    revision == null ? 1 : revision, updatedAt, envelope.id());
        }

        /** The portfolio names ranks by title; readiness by step. */
        static Rank rank(String rank) {
            return rank == null ? null : switch (rank) {
                case "INSTRUCTOR" -> Rank.INSTRUCTOR;
                case "ASSISTANT_PROFESSOR" -> Rank.ASSISTANT;
                case "ASSOCIATE_PROFESSOR" -> Rank.ASSOCIATE;
                case "PROFESSOR" -> Rank.FULL;
                default -> null;
            };
        }

        static Track track(String track) {
            return track == null ? null : switch (track) {
                case "RESEARCH_TENURE" -> Track.RESEARCH;
                case "CLINICIAN_EDUCATOR" -> Track.CLINICIAN_EDUCATOR;
                case "CLINICAL" -> Track.CLINICAL;
                default -> null;
            };
        }
    }

    @Bean
    Consumer<Message<ProfileEvent>> portfolioProfiles(IdempotentConsumer guard, CandidateProjection projection,
            Assessments assessments) {
        return message -> {
            EventEnvelope envelope = EventEnvelope.of(message);
            if (!PROFILE_UPDATED.equals(envelope.type())) {
                log.debug("Ignoring {} {}", envelope.type(), envelope.id());
                return;
            }
            ProfileEvent event = message.getPayload();
            guard.process(message, () -> {
                projection.apply(event.toCandidate(envelope));
                assessments.reassess(envelope.tenant(), event.userId());
            });
        };
    }
}
