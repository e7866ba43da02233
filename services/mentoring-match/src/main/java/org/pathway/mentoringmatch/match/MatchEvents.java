package org.pathway.mentoringmatch.match;

import java.time.Instant;
import java.util.List;

import org.pathway.mentoringmatch.scoring.Factor;
import org.pathway.mentoringmatch.scoring.RequestKind;

/**
 * The integration events on {@code mentoring.matches} (contracts: events/mentoring-match/*.v1.schema.json). Only the
 * minimal profile travels: ids and institutions, never a name, an email or the mentee's prep, so an external mentor's
 * institution learns nothing more than the match itself. {@code institution} is the mentee's institution (also
 * {@code ce_tenant}); {@code mentorInstitution} differs for an opted-in external match.
 */
final class MatchEvents {

    private MatchEvents() {
    }

    record Reason(String factor, int points, String reason) {
        static Reason of(Factor factor) {
            return new Reason(factor.name(), factor.points(), factor.reason());
        }
    }

    record MatchProposed(String matchId, String requestId, String institution, String menteeId, String mentorId,
            String mentorInstitution, RequestKind kind, int score, List<Reason> reasons, String origin,
            Instant proposedAt, Instant deadline) {
    }

    record MatchAccepted(String matchId, String requestId, String institution, String menteeId, String mentorId,
            String mentorInstitution, RequestKind kind, Instant acceptedAt) {
    }

    record MatchDeclined(String matchId, String requestId, String institution, String menteeId, String mentorId,
            String mentorInstitution, RequestKind kind, String reason, Instant declinedAt) {
    }

    record MatchExpired(String matchId, String requestId, String institution, String menteeId, String mentorId,
            String mentorInstitution, RequestKind kind, Instant deadline, Instant expiredAt) {
    }

    /** {@code reason} is null when the person ending it gave none; {@code acceptedAt} is when the mentorship began. */
    record MentorshipEnded(String matchId, String requestId, String institution, String menteeId, String mentorId,
            String mentorInstitution, RequestKind kind, Match.EndedBy endedBy, String reason, Instant acceptedAt,
            Instant endedAt) {
    }

    record ConversationScheduled(String matchId, String requestId, String institution, String menteeId,
            String mentorId, String mentorInstitution, Instant start, Instant end, String icalendar,
            Instant scheduledAt) {
    }
}
