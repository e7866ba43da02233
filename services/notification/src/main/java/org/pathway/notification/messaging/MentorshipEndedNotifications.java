package org.pathway.notification.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pathway.kit.events.EventEnvelope;
import org.pathway.notification.delivery.Addressee;
import org.pathway.notification.delivery.Notice;
import org.pathway.notification.preference.Category;
import org.springframework.stereotype.Component;

/**
 * {@code mentoring.matches} MentorshipEnded v1 → whoever did not end the mentorship hears that it ended, and why: the
 * mentor when the mentee ended it, the mentee when the mentor did, both when an institution admin did. A conversation
 * invite still standing for the match is cancelled in both calendars. The mentor is addressed in their own institution.
 */
@Component
class MentorshipEndedNotifications extends TypedMapping<MentorshipEndedNotifications.MentorshipEnded> {

    static final String TYPE = "org.pathway.mentoring-match.MentorshipEnded.v1";

    /** Tolerant record: the match, its two people, who ended it and their reason. */
    record MentorshipEnded(String matchId, String requestId, String menteeId, String mentorId, String mentorInstitution,
            String kind, String endedBy, String reason) {
    }

    private final ConversationCancellations cancellations;
    private final MatchLinks links;

    MentorshipEndedNotifications(ConversationCancellations cancellations, MatchLinks links) {
        super(TYPE, MentorshipEnded.class);
        this.cancellations = cancellations;
        this.links = links;
    }

    @Override
    public List<Notice> notices(EventEnvelope event, MentorshipEnded ended) {
        String kind = Labels.matchKind(ended.kind());
        String endedBy = switch (ended.endedBy() == null ? "" : ended.endedBy()) {
            case "MENTEE" -> "your mentee";
            case "MENTOR" -> "your mentor";
            default -> "an administrator of the institution";
        };
        Map<String, Object> model = Map.of(
                "kind", kind,
                "endedBy", endedBy,
                "reason", ended.reason() == null ? "" : ended.reason(),
                "hasReason", ended.reason() != null && !ended.reason().isBlank(),
                "link", links.match(ended.matchId()),
                "summary", "Your mentorship for " + kind + " was ended by " + endedBy);
        List<Notice> notices = new ArrayList<>();
        if (!"MENTOR".equals(ended.endedBy())) {
            String mentorInstitution = ended.mentorInstitution() == null ? event.tenant() : ended.mentorInstitution();
            notices.add(Notice.of(Addressee.userAt(mentorInstitution, ended.mentorId()), Category.MATCHES,
                    "mentorship-ended", model));
        }
        if ("MENTEE".equals(ended.endedBy())) {
            return notices;
        }
        // The mentee's notice carries the calendar cancellation, and the mentor then gets the invite's own cancellation.
        Notice toMentee = Notice.of(Addressee.user(ended.menteeId()), Category.MATCHES, "mentorship-ended", model);
        List<Notice> menteeSide = cancellations.withCancellation(event, ended.matchId(), toMentee);
        notices.addAll(menteeSide);
        return notices;
    }
}
