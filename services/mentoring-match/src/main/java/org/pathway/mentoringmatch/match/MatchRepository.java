package org.pathway.mentoringmatch.match;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface MatchRepository extends MongoRepository<Match, String> {

    List<Match> findByTenantAndMenteeIdOrderByProposedAtDescIdAsc(String tenant, String menteeId);

    List<Match> findByMentorTenantAndMentorUserIdOrderByProposedAtDescIdAsc(String mentorTenant, String mentorUserId);

    List<Match> findByMentorIdAndStatusIn(String mentorId, Collection<MatchStatus> statuses);

    List<Match> findByMentorIdInAndStatusIn(Collection<String> mentorIds, Collection<MatchStatus> statuses);

    List<Match> findByStatusInAndDeadlineLessThanEqualOrderByDeadlineAscIdAsc(Collection<MatchStatus> statuses,
            Instant deadline);

    List<Match> findByMentorIdAndStatusAndConversationNotNull(String mentorId, MatchStatus status);

    List<Match> findByStatusAndPlaceReleasedNotOrderByIdAsc(MatchStatus status, Boolean placeReleased);
}
