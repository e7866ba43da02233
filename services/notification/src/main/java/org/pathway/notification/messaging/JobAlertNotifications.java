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
import org.springframework.web.util.UriUtils;

/**
 * {@code jobs.alerts} AlertMatched v1 → the candidate's job alert. The event's tenant is the candidate's institution
 * (the posting may belong to another, which the message names but never addresses).
 */
@Component
class JobAlertNotifications extends TypedMapping<JobAlertNotifications.AlertMatched> {

    static final String TYPE = "org.pathway.job-posting.AlertMatched.v1";

    record SavedSearch(String id, String name) {
    }

    /** Tolerant record: only what the alert shows. */
    record AlertMatched(String alertId, String candidateId, String postingId, String postingInstitution, String postingTitle,
            String roleType, List<SavedSearch> savedSearches, Instant matchedAt) {
    }

    private final NotificationProperties properties;

    JobAlertNotifications(NotificationProperties properties) {
        super(TYPE, AlertMatched.class);
        this.properties = properties;
    }

    @Override
    public List<Notice> notices(EventEnvelope event, AlertMatched alert) {
        List<String> searches = alert.savedSearches() == null ? List.of()
                : alert.savedSearches().stream().map(SavedSearch::name).filter(name -> name != null && !name.isBlank()).toList();
        String link = properties.portalBaseUrl() + "/jobs/postings/" + UriUtils.encodePathSegment(alert.postingId(), "UTF-8");
        return List.of(Notice.of(Addressee.user(alert.candidateId()), Category.JOBS, "job-alert", Map.of(
                "postingTitle", alert.postingTitle(),
                "postingInstitution", alert.postingInstitution(),
                "roleType", Labels.of(alert.roleType()),
                "savedSearches", searches,
                "link", link,
                "summary", "Matches " + (searches.isEmpty() ? "a saved search" : String.join(", ", searches)))));
    }
}
