package org.pathway.notification.messaging;

import java.time.Instant;

import org.springframework.stereotype.Component;

/** {@code mentoring.matches} MatchExpired v1 → the mentee hears that this match ended and their request is open again. */
@Component
class MatchExpiredNotifications extends MatchEndedNotifications<MatchExpiredNotifications.MatchExpired> {

    static final String TYPE = "org.pathway.mentoring-match.MatchExpired.v1";

    /** Tolerant record: the match, the request it answered and the mentee. */
    record MatchExpired(String matchId, String requestId, String menteeId, String kind, Instant deadline, Instant expiredAt)
            implements EndedMatch {
    }

    MatchExpiredNotifications(ConversationCancellations cancellations, MatchLinks links) {
        super(cancellations, links, TYPE, MatchExpired.class, "match-expired",
                "The proposed mentor did not answer in time; your request is open again");
    }
}
