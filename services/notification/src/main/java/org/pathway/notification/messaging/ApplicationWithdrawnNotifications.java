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
 * {@code jobs.applications} ApplicationWithdrawn v1 → the candidate's receipt of the withdrawal and, where the posting
 * institution named a hiring mailbox, a notice to it so nobody keeps reviewing a candidate who left. Filed as
 * {@link ApplicationSubmittedNotifications} files the submission: the receipt confidentially in the candidate's own
 * institution, the posting side's notice under the event's tenant without the candidate's name.
 */
@Component
class ApplicationWithdrawnNotifications extends TypedMapping<ApplicationWithdrawnNotifications.ApplicationWithdrawn> {

    static final String TYPE = "org.pathway.job-posting.ApplicationWithdrawn.v1";

    /** Tolerant record: the application, the posting, the candidate with their institution, and how far it had got. */
    record ApplicationWithdrawn(String applicationId, String postingId, String postingInstitution, String postingTitle,
            String candidateId, String candidateInstitution, String stageAtWithdrawal, Instant withdrawnAt) {
    }

    private final PortalLinks links;
    private final NotificationProperties properties;

    ApplicationWithdrawnNotifications(PortalLinks links, NotificationProperties properties) {
        super(TYPE, ApplicationWithdrawn.class);
        this.links = links;
        this.properties = properties;
    }

    @Override
    public List<Notice> notices(EventEnvelope event, ApplicationWithdrawn withdrawal) {
        if (withdrawal.candidateInstitution() == null || withdrawal.candidateInstitution().isBlank()) {
            throw new IllegalArgumentException("ApplicationWithdrawn " + event.id() + " without candidateInstitution");
        }
        String withdrawnAt = withdrawal.withdrawnAt() == null ? ""
                : MatchProposedNotifications.DEADLINE.format(withdrawal.withdrawnAt());
        String stage = Labels.lower(withdrawal.stageAtWithdrawal());
        List<Notice> notices = new ArrayList<>();
        notices.add(Notice.of(Addressee.userAt(withdrawal.candidateInstitution(), withdrawal.candidateId()),
                Category.RECEIPTS, "application-withdrawn", Map.of(
                        "postingTitle", withdrawal.postingTitle(),
                        "postingInstitution", withdrawal.postingInstitution(),
                        "withdrawnAt", withdrawnAt,
                        "link", links.application(withdrawal.applicationId()),
                        "summary", "You withdrew your application for " + withdrawal.postingTitle()))
                .confidentially());
        String hiringMailbox = properties.hiringContacts().get(event.tenant());
        if (hiringMailbox != null && !hiringMailbox.isBlank()) {
            notices.add(Notice.of(Addressee.external(hiringMailbox, null), Category.JOBS, "application-withdrawn-posting",
                    Map.of(
                            "postingTitle", withdrawal.postingTitle(),
                            "stage", stage,
                            "withdrawnAt", withdrawnAt,
                            "link", links.postingApplications(withdrawal.postingId()),
                            "summary", "An application for " + withdrawal.postingTitle() + " was withdrawn")));
        }
        return notices;
    }
}
