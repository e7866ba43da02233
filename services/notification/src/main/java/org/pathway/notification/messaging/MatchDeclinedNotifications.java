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
 * {@code mentoring.matches} MatchDeclined v1 → the mentee hears that this match ended and their request is open again;
 * if a conversation invite had been sent for the match, both get its cancellation. The mentor's reason is not passed on: it was
 * written for the platform, not as a message to the mentee.
 */
@Component
class MatchDeclinedNotifications implements NotificationMapping<MatchDeclinedNotifications.MatchDeclined> {

    static final String TYPE = "org.pathway.mentoring-match.MatchDeclined.v1";

    /** Tolerant record: the match, the request it answered and the mentee. */
    record MatchDeclined(String matchId, String requestId, String menteeId, String kind, Instant declinedAt) {
    }

    private final ConversationCancellations cancellations;
    private final MatchLinks links;

    MatchDeclinedNotifications(ConversationCancellations cancellations, MatchLinks links) {
        this.cancellations = cancellations;
        this.links = links;
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public Class<MatchDeclined> payloadType() {
        return MatchDeclined.class;
    }

    @Override
    public List<Notice> notices(EventEnvelope event, MatchDeclined ended) {
        Notice toMentee = Notice.of(Addressee.user(ended.menteeId()), Category.MATCHES, "match-declined", Map.of(
                "kind", Labels.matchKind(ended.kind()),
                "link", links.request(ended.requestId()),
                "summary", "The proposed mentor could not take this on; your request is open again"));
        return cancellations.withCancellation(event, ended.matchId(), toMentee);
    }
}
