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
 * {@code mentoring.matches} MatchExpired v1 → the mentee hears that this match ended and their request is open again;
 * if a conversation invite had been sent for the match, both get its cancellation.
 */
@Component
class MatchExpiredNotifications implements NotificationMapping<MatchExpiredNotifications.MatchExpired> {

    static final String TYPE = "org.pathway.mentoring-match.MatchExpired.v1";

    /** Tolerant record: the match, the request it answered and the mentee. */
    record MatchExpired(String matchId, String requestId, String menteeId, String kind, Instant deadline, Instant expiredAt) {
    }

    private final ConversationCancellations cancellations;
    private final MatchLinks links;

    MatchExpiredNotifications(ConversationCancellations cancellations, MatchLinks links) {
        this.cancellations = cancellations;
        this.links = links;
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public Class<MatchExpired> payloadType() {
        return MatchExpired.class;
    }

    @Override
    public List<Notice> notices(EventEnvelope event, MatchExpired ended) {
        Notice toMentee = Notice.of(Addressee.user(ended.menteeId()), Category.MATCHES, "match-expired", Map.of(
                "kind", Labels.matchKind(ended.kind()),
                "link", links.request(ended.requestId()),
                "summary", "The proposed mentor did not answer in time; your request is open again"));
        return cancellations.withCancellation(event, ended.matchId(), toMentee);
    }
}
