package org.pathway.promotionreview.dossier;

import java.time.Instant;

import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;

/**
 * The payloads of {@code promotion.dossiers} (contracts in event-contracts, {@code events/promotion-review/}). Records,
 * never the aggregate: only what consumers may read travels. No votes, no letter texts.
 */
final class DossierEvents {

    static final String TOPIC = "promotion.dossiers";

    private DossierEvents() {
    }

    static String type(String name) {
        return "org.pathway.promotion-review." + name + ".v1";
    }

    record DossierSubmitted(String dossierId, String candidateId, String candidateName, Track track, Rank targetRank,
            int criteriaVersion, int evidenceCount, String submittedBy, Instant submittedAt) {
    }

    record ReviewerAssigned(String dossierId, String reviewerId, String candidateName, Track track, Rank targetRank,
            String assignedBy, Instant assignedAt) {
    }

    record LetterRequested(String dossierId, String letterId, String writerName, String writerEmail,
            String candidateName, Track track, Rank targetRank, Instant deadline, String uploadToken,
            Instant requestedAt) {
    }

    record LetterReminderDue(String dossierId, String letterId, String writerName, String writerEmail,
            String candidateName, Track track, Rank targetRank, Instant deadline, String uploadToken, int daysBefore,
            Instant announcedAt) {
    }

    record DossierDecided(String dossierId, String candidateId, Track track, Rank targetRank, Outcome outcome,
            int criteriaVersion, String decidedBy, Instant decidedAt) {
    }
}
