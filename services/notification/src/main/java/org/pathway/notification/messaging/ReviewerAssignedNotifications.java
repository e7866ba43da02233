package org.pathway.notification.messaging;

import java.util.List;
import java.util.Map;

import org.pathway.kit.events.EventEnvelope;
import org.pathway.notification.delivery.Addressee;
import org.pathway.notification.delivery.Notice;
import org.pathway.notification.preference.Category;
import org.springframework.stereotype.Component;

/** {@code promotion.dossiers} ReviewerAssigned v1 → the committee member hears which dossier to review, with its link. */
@Component
class ReviewerAssignedNotifications extends TypedMapping<ReviewerAssignedNotifications.ReviewerAssigned> {

    static final String TYPE = "org.pathway.promotion-review.ReviewerAssigned.v1";

    /** Tolerant record: who reviews which dossier, for which promotion. */
    record ReviewerAssigned(String dossierId, String reviewerId, String candidateName, String track, String targetRank) {
    }

    private final PortalLinks links;

    ReviewerAssignedNotifications(PortalLinks links) {
        super(TYPE, ReviewerAssigned.class);
        this.links = links;
    }

    @Override
    public List<Notice> notices(EventEnvelope event, ReviewerAssigned assignment) {
        String rank = Labels.lower(assignment.targetRank());
        return List.of(Notice.of(Addressee.user(assignment.reviewerId()), Category.REVIEWS, "review-assigned", Map.of(
                "candidateName", assignment.candidateName(),
                "targetRank", rank,
                "track", Labels.lower(assignment.track()),
                "link", links.dossier(assignment.dossierId()),
                "summary", "Review the dossier of " + assignment.candidateName() + " for promotion to " + rank + " rank")));
    }
}
