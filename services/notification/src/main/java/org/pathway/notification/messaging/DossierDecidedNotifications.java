package org.pathway.notification.messaging;

import java.util.List;
import java.util.Map;

import org.pathway.kit.events.EventEnvelope;
import org.pathway.notification.delivery.Addressee;
import org.pathway.notification.delivery.Notice;
import org.pathway.notification.preference.Category;
import org.springframework.stereotype.Component;

/**
 * {@code promotion.dossiers} DossierDecided v1 → the candidate hears the outcome of their dossier. Only the outcome: how
 * the committee voted is not the candidate's to read in an email (the payload carries no counts, and neither does this).
 */
@Component
class DossierDecidedNotifications extends TypedMapping<DossierDecidedNotifications.DossierDecided> {

    static final String TYPE = "org.pathway.promotion-review.DossierDecided.v1";

    /** Tolerant record: whose dossier, for which promotion, and the outcome. */
    record DossierDecided(String dossierId, String candidateId, String track, String targetRank, String outcome) {
    }

    private final PortalLinks links;

    DossierDecidedNotifications(PortalLinks links) {
        super(TYPE, DossierDecided.class);
        this.links = links;
    }

    @Override
    public List<Notice> notices(EventEnvelope event, DossierDecided decision) {
        String rank = Labels.lower(decision.targetRank());
        boolean promoted = "PROMOTED".equals(decision.outcome());
        boolean deferred = "DEFERRED".equals(decision.outcome());
        boolean notPromoted = "NOT_PROMOTED".equals(decision.outcome());
        // An outcome added to the contract later is announced without guessing what it means.
        String summary = promoted ? "You are promoted to " + rank + " rank"
                : deferred ? "The decision on your promotion to " + rank + " rank is deferred"
                : notPromoted ? "Your promotion to " + rank + " rank was not approved this time"
                : "A decision was recorded on your dossier for " + rank + " rank";
        return List.of(Notice.of(Addressee.user(decision.candidateId()), Category.DECISIONS, "dossier-decided", Map.of(
                "promoted", promoted,
                "deferred", deferred,
                "notPromoted", notPromoted,
                "otherOutcome", !promoted && !deferred && !notPromoted,
                "targetRank", rank,
                "track", Labels.lower(decision.track()),
                "link", links.dossier(decision.dossierId()),
                "summary", summary)));
    }
}
