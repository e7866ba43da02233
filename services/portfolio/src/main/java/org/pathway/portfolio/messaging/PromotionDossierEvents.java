package org.pathway.portfolio.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

import org.pathway.kit.consumer.IdempotentConsumer;
import org.pathway.kit.events.EventEnvelope;
import org.pathway.portfolio.profile.AcademicRank;
import org.pathway.portfolio.profile.ProfilePromotions;
import org.pathway.portfolio.profile.Track;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Inbound {@code promotion.dossiers} (binding {@code promotionDossiers-in-0}): a dossier decided PROMOTED moves the
 * candidate's profile to the new rank and track. Other outcomes and the topic's other events are not the portfolio's
 * business. The institution is the event's tenant only: a decision can change a profile in the institution that made
 * it and nowhere else.
 */
@Configuration
class PromotionDossierEvents {

    static final String DOSSIER_DECIDED = "org.pathway.promotion-review.DossierDecided.v1";
    private static final Logger log = LoggerFactory.getLogger(PromotionDossierEvents.class);

    /** promotion-review's rank names to the portfolio's. */
    private static final Map<String, AcademicRank> RANKS = Map.of("ASSISTANT", AcademicRank.ASSISTANT_PROFESSOR,
            "ASSOCIATE", AcademicRank.ASSOCIATE_PROFESSOR, "FULL", AcademicRank.PROFESSOR);
    private static final Map<String, Track> TRACKS = Map.of("RESEARCH", Track.RESEARCH_TENURE,
            "CLINICIAN_EDUCATOR", Track.CLINICIAN_EDUCATOR, "CLINICAL", Track.CLINICAL);

    /**
     * This consumer's tolerant view of DossierDecided v1: only what it reads, names kept as strings so a value added
     * to promotion-review later is skipped rather than a poison message.
     */
    record DossierDecided(String dossierId, String candidateId, String track, String targetRank, String outcome,
            Instant decidedAt) {

        boolean promoted() {
            return "PROMOTED".equals(outcome);
        }

        AcademicRank rank() {
            return targetRank == null ? null : RANKS.get(targetRank);
        }

        /** Null when promotion-review names a track the portfolio does not know: the profile keeps its own. */
        Track portfolioTrack() {
            return track == null ? null : TRACKS.get(track);
        }
    }

    @Bean
    Consumer<Message<DossierDecided>> promotionDossiers(IdempotentConsumer guard, ProfilePromotions promotions) {
        return message -> {
            EventEnvelope envelope = EventEnvelope.of(message);
            DossierDecided event = message.getPayload();
            if (!DOSSIER_DECIDED.equals(envelope.type()) || !event.promoted()) {
                log.debug("Ignoring {} {}", envelope.type(), envelope.id());
                return;
            }
            if (envelope.tenant() == null || event.rank() == null || event.candidateId() == null) {
                log.warn("Ignoring DossierDecided {} without a tenant, a known rank or a candidate", envelope.id());
                return;
            }
            guard.process(message, () -> promotions.apply(envelope.tenant(), event.candidateId(), event.dossierId(),
                    event.rank(), event.portfolioTrack()));
        };
    }
}
