package org.pathway.notification.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.pathway.kit.events.EventEnvelope;
import org.pathway.notification.delivery.Addressee;
import org.pathway.notification.delivery.Notice;
import org.pathway.notification.preference.Category;
import org.springframework.stereotype.Component;

/**
 * {@code promotion.dossiers} DossierSubmitted v1 → the candidate's submission receipt, a category that cannot be turned
 * off: it is the candidate's record of what was frozen for the committee, also when the chair submitted for them.
 */
@Component
class DossierSubmittedNotifications extends TypedMapping<DossierSubmittedNotifications.DossierSubmitted> {

    static final String TYPE = "org.pathway.promotion-review.DossierSubmitted.v1";

    /** Tolerant record: the candidate, what the dossier asks for and what was frozen. */
    record DossierSubmitted(String dossierId, String candidateId, String track, String targetRank, Integer criteriaVersion,
            Integer evidenceCount, String submittedBy, Instant submittedAt) {
    }

    private final PortalLinks links;

    DossierSubmittedNotifications(PortalLinks links) {
        super(TYPE, DossierSubmitted.class);
        this.links = links;
    }

    @Override
    public List<Notice> notices(EventEnvelope event, DossierSubmitted dossier) {
        String rank = Labels.lower(dossier.targetRank());
        int evidence = dossier.evidenceCount() == null ? 0 : dossier.evidenceCount();
        return List.of(Notice.of(Addressee.user(dossier.candidateId()), Category.RECEIPTS, "dossier-submitted", Map.of(
                "targetRank", rank,
                "track", Labels.lower(dossier.track()),
                "evidenceCount", evidence,
                "criteriaVersion", dossier.criteriaVersion() == null ? "" : dossier.criteriaVersion().toString(),
                "submittedAt", dossier.submittedAt() == null ? "" : MatchProposedNotifications.DEADLINE.format(dossier.submittedAt()),
                "byAnother", dossier.submittedBy() != null && !dossier.submittedBy().equals(dossier.candidateId()),
                "link", links.dossier(dossier.dossierId()),
                "summary", "Your dossier for promotion to " + rank + " rank was submitted with " + evidence
                        + " items of evidence")));
    }
}
