package org.pathway.jobposting.messaging;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import static org.pathway.jobposting.messaging.TolerantEnums.known;

import org.pathway.jobposting.candidate.Candidate;
import org.pathway.jobposting.candidate.CandidateProjection;
import org.pathway.jobposting.posting.RoleType;
import org.pathway.jobposting.posting.TrainingKind;
import org.pathway.kit.consumer.IdempotentConsumer;
import org.pathway.kit.events.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Inbound {@code portfolio.profiles} (binding {@code portfolioProfiles-in-0}): keeps the candidates projection. */
@Configuration
class PortfolioProfileEvents {

    static final String PROFILE_UPDATED = "org.pathway.portfolio.ProfileUpdated.v1";
    private static final Logger log = LoggerFactory.getLogger(PortfolioProfileEvents.class);

    /**
     * This service's own tolerant view of ProfileUpdated v1: only the targets it ranks by. Role and training kinds are
     * read as text, so a kind added later upstream is skipped instead of failing the whole event.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProfileUpdated(String userId, Niche educationNiche, List<Training> formalTraining, List<String> targetRoles,
            Share targetClinicalShare, Integer revision) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Niche(String theme, List<String> tags) {
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Training(String kind, LocalDate startedOn, LocalDate completedOn) {
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Share(Double min, Double max) {
        }

        Candidate toCandidate(String tenant, String eventId) {
            Set<TrainingKind> held = EnumSet.noneOf(TrainingKind.class);
            Set<TrainingKind> inProgress = EnumSet.noneOf(TrainingKind.class);
            if (formalTraining != null) {
                for (Training training : formalTraining) {
                    TrainingKind kind = known(TrainingKind.class, training.kind());
                    if (kind != null) {
                        (training.completedOn() != null ? held : inProgress).add(kind);
                    }
                }
            }
            inProgress.removeAll(held);
            Set<RoleType> roles = EnumSet.noneOf(RoleType.class);
            if (targetRoles != null) {
                targetRoles.stream().map(role -> known(RoleType.class, role)).filter(Objects::nonNull)
                        .forEach(roles::add);
            }
            Candidate.Range share = targetClinicalShare == null || targetClinicalShare.min() == null
                    || targetClinicalShare.max() == null ? null
                    : new Candidate.Range(targetClinicalShare.min() * 100, targetClinicalShare.max() * 100);
            return new Candidate(Candidate.idOf(tenant, userId), tenant, userId, revision == null ? 1 : revision, share,
                    held, inProgress, educationNiche == null ? null : educationNiche.theme(),
                    educationNiche == null || educationNiche.tags() == null ? List.of() : educationNiche.tags(), roles,
                    eventId);
        }
    }

    @Bean
    Consumer<Message<ProfileUpdated>> portfolioProfiles(IdempotentConsumer guard, CandidateProjection candidates) {
        return message -> {
            EventEnvelope envelope = EventEnvelope.of(message);
            if (!PROFILE_UPDATED.equals(envelope.type())) {
                log.debug("Ignoring {} {}", envelope.type(), envelope.id());
                return;
            }
            ProfileUpdated event = message.getPayload();
            if (envelope.tenant() == null || event.userId() == null) {
                throw new IllegalArgumentException("ProfileUpdated " + envelope.id() + " without tenant or userId");
            }
            guard.process(message, () -> candidates.apply(event.toCandidate(envelope.tenant(), envelope.id())));
        };
    }
}
