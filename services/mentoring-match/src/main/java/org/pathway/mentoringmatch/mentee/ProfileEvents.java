package org.pathway.mentoringmatch.mentee;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.pathway.kit.consumer.IdempotentConsumer;
import org.pathway.kit.events.EventEnvelope;
import org.pathway.mentoringmatch.scoring.AcademicRank;
import org.pathway.mentoringmatch.scoring.EducationRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Inbound {@code portfolio.profiles} (binding {@code portfolioProfiles-in-0}): keeps the mentees projection. */
@Configuration
class ProfileEvents {

    static final String PROFILE_UPDATED = "org.pathway.portfolio.ProfileUpdated.v1";
    private static final Logger log = LoggerFactory.getLogger(ProfileEvents.class);

    /** This consumer's own tolerant view of ProfileUpdated v1: only the fields matching reads, as plain values. */
    record ProfileUpdated(String userId, String name, String rank, String track, Niche educationNiche,
            List<String> targetRoles, Integer revision) {

        record Niche(String theme, List<String> tags) {
        }

        String nicheTheme() {
            return educationNiche == null ? null : educationNiche.theme();
        }

        List<String> nicheTags() {
            return educationNiche == null || educationNiche.tags() == null ? List.of() : educationNiche.tags();
        }

        /** An unknown rank (a value added to the contract later) reads as unknown, never as a failure. */
        AcademicRank knownRank() {
            return parse(AcademicRank.class, rank);
        }

        List<EducationRole> knownTargetRoles() {
            List<EducationRole> roles = new ArrayList<>();
            if (targetRoles != null) {
                targetRoles.forEach(role -> {
                    EducationRole known = parse(EducationRole.class, role);
                    if (known != null) {
                        roles.add(known);
                    }
                });
            }
            return roles;
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String value) {
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }
    }

    @Bean
    Consumer<Message<ProfileUpdated>> portfolioProfiles(IdempotentConsumer guard, Mentees mentees) {
        return message -> {
            EventEnvelope envelope = EventEnvelope.of(message);
            ProfileUpdated event = message.getPayload();
            if (!PROFILE_UPDATED.equals(envelope.type()) || event.userId() == null || event.revision() == null) {
                log.debug("Ignoring {} {}", envelope.type(), envelope.id());
                return;
            }
            guard.process(message, () -> mentees.apply(envelope.tenant(), event));
        };
    }
}
