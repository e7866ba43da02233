package org.pathway.notification.messaging;

import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * {@code mentoring.matches} MatchDeclined v1 → the mentee hears that this match ended and their request is open again.
 * The mentor's reason is not passed on: it was written for the platform, not as a message to the mentee.
 */
@Component
class MatchDeclinedNotifications extends MatchEndedNotifications<MatchDeclinedNotifications.MatchDeclined> {

    static final String TYPE = "org.pathway.mentoring-match.MatchDeclined.v1";

    /** Tolerant record: the match, the request it answered and the mentee. */
    record MatchDeclined(String matchId, String requestId, String menteeId, String kind, Instant declinedAt)
            implements EndedMatch {
    }

    MatchDeclinedNotifications(ConversationCancellations cancellations, MatchLinks links) {
        super(cancellations, links, TYPE, MatchDeclined.class, "match-declined",
                "The proposed mentor could not take this on; your request is open again");
    }
}
