package org.pathway.notification.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.pathway.kit.events.EventEnvelope;
import org.pathway.notification.config.NotificationProperties;
import org.pathway.notification.delivery.Addressee;
import org.pathway.notification.delivery.Notice;
import org.pathway.notification.preference.Category;
import org.springframework.stereotype.Component;

/**
 * {@code promotion.readiness} ReadinessAssessed v1 → the candidate hears when their readiness crosses the line between
 * ready and not ready (either way). Moves that stay on one side (NOT_READY ↔ BORDERLINE, a score change) are left to
 * the readiness page: telling people about every point would teach them to ignore the emails.
 */
@Component
class ReadinessNotifications extends TypedMapping<ReadinessNotifications.ReadinessAssessed> {

    static final String TYPE = "org.pathway.promotion-review.ReadinessAssessed.v1";
    static final String READY = "READY";

    record Gap(String requirementId, Integer shortfall, String text) {
    }

    /** Tolerant record: the statuses, the score and the gaps in words. */
    record ReadinessAssessed(String facultyId, String targetRank, String status, Integer score, String previousStatus,
            Integer previousScore, List<Gap> gaps, Instant assessedAt) {

        boolean becameReady() {
            return READY.equals(status) && !READY.equals(previousStatus);
        }

        boolean noLongerReady() {
            return READY.equals(previousStatus) && !READY.equals(status);
        }
    }

    private final NotificationProperties properties;

    ReadinessNotifications(NotificationProperties properties) {
        super(TYPE, ReadinessAssessed.class);
        this.properties = properties;
    }

    @Override
    public List<Notice> notices(EventEnvelope event, ReadinessAssessed assessment) {
        if (!assessment.becameReady() && !assessment.noLongerReady()) {
            return List.of();
        }
        List<String> gaps = assessment.gaps() == null ? List.of()
                : assessment.gaps().stream().map(Gap::text).filter(text -> text != null && !text.isBlank()).toList();
        String rank = Labels.of(assessment.targetRank()).toLowerCase(java.util.Locale.ROOT);
        return List.of(Notice.of(Addressee.user(assessment.facultyId()), Category.READINESS, "readiness-crossed", Map.of(
                "ready", assessment.becameReady(),
                "targetRank", rank,
                "score", assessment.score() == null ? "" : assessment.score().toString(),
                "gaps", gaps,
                "hasGaps", !gaps.isEmpty(),
                "link", properties.portalBaseUrl() + "/promotion/readiness",
                "summary", assessment.becameReady() ? "Your evidence now meets the criteria for " + rank + " rank"
                        : "Your evidence no longer meets every criterion for " + rank + " rank")));
    }
}
