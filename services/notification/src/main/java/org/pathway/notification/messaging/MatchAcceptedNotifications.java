package org.pathway.notification.messaging;

import java.util.List;
import java.util.Map;

import org.pathway.kit.events.EventEnvelope;
import org.pathway.notification.delivery.Addressee;
import org.pathway.notification.delivery.Notice;
import org.pathway.notification.preference.Category;
import org.springframework.stereotype.Component;

/**
 * {@code mentoring.matches} MatchAccepted v1 → the mentee hears that the mentor took on their request. An accepted
 * advice conversation is left to the ConversationScheduled that follows it: that message carries the calendar invite,
 * and two emails for one acceptance would be one too many. The mentor accepted, so they are not told.
 */
@Component
class MatchAcceptedNotifications extends TypedMapping<MatchAcceptedNotifications.MatchAccepted> {

    static final String TYPE = "org.pathway.mentoring-match.MatchAccepted.v1";
    static final String SCHEDULED_KIND = "ADVICE_CONVERSATION";

    /** Tolerant record: the match, the mentee and the kind of mentoring. */
    record MatchAccepted(String matchId, String requestId, String menteeId, String mentorId, String kind) {
    }

    private final MatchLinks links;

    MatchAcceptedNotifications(MatchLinks links) {
        super(TYPE, MatchAccepted.class);
        this.links = links;
    }

    @Override
    public List<Notice> notices(EventEnvelope event, MatchAccepted accepted) {
        if (SCHEDULED_KIND.equals(accepted.kind())) {
            return List.of();
        }
        String kind = Labels.matchKind(accepted.kind());
        return List.of(Notice.of(Addressee.user(accepted.menteeId()), Category.MATCHES, "match-accepted", Map.of(
                "kind", kind,
                "link", links.match(accepted.matchId()),
                "summary", "Your mentor accepted your request for " + kind)));
    }
}
