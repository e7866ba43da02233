package org.pathway.mentoringmatch.match;

import java.time.Instant;
import java.util.List;

import org.pathway.mentoringmatch.scoring.Factor;
import org.pathway.mentoringmatch.scoring.RequestKind;

/**
 * A match as its mentee or its mentor sees it: the minimal profile of the other side (name and institution; never an
 * email or anything else of the other institution), the reasons, and what was said.
 */
record MatchView(String id, String requestId, RequestKind kind, MatchStatus status, int score, List<Factor> reasons,
        String origin, Party mentee, Party mentor, Prep prep, Instant proposedAt, Instant deadline, Instant decidedAt,
        String declineReason, String question, String answer, Conversation conversation, Instant endedAt,
        Match.EndedBy endedBy, String endReason) {

    record Party(String name, String institution) {
    }

    record Conversation(Instant start, Instant end, String icalendar) {
    }

    static MatchView of(Match match) {
        Match.Conversation conversation = match.conversation();
        return new MatchView(match.id(), match.requestId(), match.kind(), match.status(), match.score(), match.reasons(),
                match.origin(), new Party(match.menteeName(), match.tenant()),
                new Party(match.mentorName(), match.mentorTenant()), match.prep(), match.proposedAt(), match.deadline(),
                match.decidedAt(), match.declineReason(), match.question(), match.answer(),
                conversation == null ? null
                        : new Conversation(conversation.start(), conversation.end(), conversation.icalendar()),
                match.endedAt(), match.endedBy(), match.endReason());
    }
}
