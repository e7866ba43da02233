package org.pathway.mentoringmatch.match;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.pathway.mentoringmatch.mentee.Mentee;
import org.pathway.mentoringmatch.scoring.MenteeFacts;
import org.pathway.mentoringmatch.scoring.RequestKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A mentee's request. Written by single-document conditional updates only ({@link Requests}): a request is claimed
 * for a proposal by {@code status: OPEN → PROPOSED}, so two proposals for one request can never both be created.
 * {@code triedMentors} are the mentors already proposed (declined or expired), never proposed again for it.
 */
@Document("requests")
@CompoundIndex(name = "mentee", def = "{'tenant': 1, 'menteeId': 1, 'createdAt': -1}")
@CompoundIndex(name = "tenant_status", def = "{'tenant': 1, 'status': 1, 'createdAt': 1}")
record MentoringRequest(@Id String id, String tenant, String menteeId, String menteeName, String menteeEmail,
        RequestKind kind, Prep prep, String note, boolean openToExternal, RequestStatus status, String currentMatchId,
        List<String> triedMentors, int attempts, Instant createdAt, Instant updatedAt) {

    MentoringRequest {
        triedMentors = triedMentors == null ? List.of() : List.copyOf(triedMentors);
    }

    MenteeFacts facts(Mentee mentee) {
        return new MenteeFacts(tenant, menteeId, Set.copyOf(mentee.nicheTags()), mentee.rank(),
                Set.copyOf(mentee.targetRoles()), kind, openToExternal, Set.copyOf(mentee.readinessGaps()));
    }

    /** The id of the proposal made at this attempt: the same every time, so a repeated sweep never creates two. */
    String nextMatchId() {
        return id + "." + (attempts + 1);
    }
}
