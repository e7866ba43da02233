package org.pathway.notification.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pathway.kit.events.EventEnvelope;
import org.pathway.notification.config.NotificationProperties;
import org.pathway.notification.delivery.Addressee;
import org.pathway.notification.delivery.Notice;
import org.pathway.notification.preference.Category;
import org.springframework.stereotype.Component;

/**
 * {@code jobs.applications} ApplicationSubmitted v1 → the candidate's receipt and, where the posting institution named a
 * hiring mailbox, a notice to it.
 *
 * <p>The event's tenant is the POSTING institution; the candidate may belong to another, which must not learn of the
 * application. So the receipt is filed in the candidate's own institution (their feed, preferences and address are
 * there) and is confidential: no admin of that institution sees its deliveries. The posting institution's notice is
 * filed under the event's tenant and names neither the candidate nor anything from the candidate's institution's records.
 */
@Component
class ApplicationSubmittedNotifications extends TypedMapping<ApplicationSubmittedNotifications.ApplicationSubmitted> {

    static final String TYPE = "org.pathway.job-posting.ApplicationSubmitted.v1";

    /** Tolerant record: the application, the posting and the candidate with their institution. */
    record ApplicationSubmitted(String applicationId, String postingId, String postingInstitution, String postingTitle,
            String roleType, String candidateId, String candidateInstitution, Instant submittedAt) {
    }

    private final PortalLinks links;
    private final NotificationProperties properties;

    ApplicationSubmittedNotifications(PortalLinks links, NotificationProperties properties) {
        super(TYPE, ApplicationSubmitted.class);
        this.links = links;
        this.properties = properties;
    }

    @Override
    public List<Notice> notices(EventEnvelope event, ApplicationSubmitted application) {
        if (application.candidateInstitution() == null || application.candidateInstitution().isBlank()) {
            // Filing the receipt under the posting institution would put it in a feed the candidate may not own.
            throw new IllegalArgumentException("ApplicationSubmitted " + event.id() + " without candidateInstitution");
        }
        String role = Labels.of(application.roleType());
        String submittedAt = application.submittedAt() == null ? ""
                : MatchProposedNotifications.DEADLINE.format(application.submittedAt());
        List<Notice> notices = new ArrayList<>();
        notices.add(Notice.of(Addressee.userAt(application.candidateInstitution(), application.candidateId()),
                Category.RECEIPTS, "application-received", Map.of(
                        "postingTitle", application.postingTitle(),
                        "postingInstitution", application.postingInstitution(),
                        "roleType", role,
                        "submittedAt", submittedAt,
                        "link", links.application(application.applicationId()),
                        "summary", "Your application for " + application.postingTitle() + " was received"))
                .confidentially());
        String hiringMailbox = properties.hiringContacts().get(event.tenant());
        if (hiringMailbox != null && !hiringMailbox.isBlank()) {
            notices.add(Notice.of(Addressee.external(hiringMailbox, null), Category.JOBS, "application-to-posting", Map.of(
                    "postingTitle", application.postingTitle(),
                    "roleType", role,
                    "submittedAt", submittedAt,
                    "link", links.postingApplications(application.postingId()),
                    "summary", "New application for " + application.postingTitle())));
        }
        return notices;
    }
}
