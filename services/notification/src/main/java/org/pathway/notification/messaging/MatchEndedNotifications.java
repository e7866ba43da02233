package org.pathway.notification.messaging;

import java.util.List;
import java.util.Map;

import org.pathway.kit.events.EventEnvelope;
import org.pathway.notification.delivery.Addressee;
import org.pathway.notification.delivery.Notice;
import org.pathway.notification.preference.Category;

/**
 * A proposed match ended without a mentorship (declined, expired): the mentee hears that their request is open again,
 * and if a conversation invite had been sent for the match, both people get its cancellation.
 */
abstract class MatchEndedNotifications<T extends MatchEndedNotifications.EndedMatch> extends TypedMapping<T> {

    /** What every ended-match event carries, as its tolerant record names it. */
    interface EndedMatch {
        String matchId();

        String requestId();

        String menteeId();

        String kind();
    }

    private final ConversationCancellations cancellations;
    private final MatchLinks links;
    private final String template;
    private final String summary;

    MatchEndedNotifications(ConversationCancellations cancellations, MatchLinks links, String eventType,
            Class<T> payloadType, String template, String summary) {
        super(eventType, payloadType);
        this.cancellations = cancellations;
        this.links = links;
        this.template = template;
        this.summary = summary;
    }

    @Override
    public List<Notice> notices(EventEnvelope event, T ended) {
        Notice toMentee = Notice.of(Addressee.user(ended.menteeId()), Category.MATCHES, template, Map.of(
                "kind", Labels.matchKind(ended.kind()),
                "link", links.request(ended.requestId()),
                "summary", summary));
        return cancellations.withCancellation(event, ended.matchId(), toMentee);
    }
}
