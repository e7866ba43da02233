package org.pathway.mentoringmatch.match;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.pathway.mentoringmatch.mentor.Mentor;
import org.pathway.mentoringmatch.mentor.Mentors;
import org.pathway.mentoringmatch.scoring.RequestKind;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * An institution's mentoring program in numbers, for its admins: its mentees' requests and their proposals (whoever
 * the mentor), and its own mentors' capacity. Computed from the documents on each call, so it is never stale: requests
 * are counted on the {@code tenant_status} index, matches read with only the fields the outcomes need.
 */
@Component
class ProgramReport {

    private final MongoTemplate mongo;
    private final Mentors mentors;
    private final Clock clock;

    ProgramReport(MongoTemplate mongo, Mentors mentors, Clock clock) {
        this.mongo = mongo;
        this.mentors = mentors;
        this.clock = clock;
    }

    /**
     * @param requests           the institution's mentees' requests, by kind and by where they stand
     * @param proposals          every proposal made for those requests and what became of it
     * @param capacity           the institution's mentors: their places and the mentees they have now
     * @param activeMentorships  accepted matches of the institution's mentees not ended yet
     */
    record Report(String institution, Instant generatedAt, RequestCounts requests, ProposalOutcomes proposals,
            CapacityUse capacity, long activeMentorships) {
    }

    record RequestCounts(long total, Map<RequestKind, Long> byKind, long open, long awaitingAnswer, long matched) {
    }

    /**
     * @param accepted            ever accepted, including mentorships ended since
     * @param acceptanceRate      accepted / (accepted + declined + expired); null before any proposal was decided
     * @param medianTimeToAccept  from proposal to acceptance, median over the accepted ones; null before any
     */
    record ProposalOutcomes(long total, long open, long accepted, long declined, long expired, long ended,
            Double acceptanceRate, Duration medianTimeToAccept) {
    }

    /** @param use  mentees / places; null while the institution's mentors offer no place */
    record CapacityUse(int mentors, int pausedMentors, long places, long mentees, Double use) {
    }

    Report of(String tenant) {
        return new Report(tenant, clock.instant(), requests(tenant), proposals(tenant), capacity(tenant),
                count(tenant, MatchStatus.ACCEPTED));
    }

    private RequestCounts requests(String tenant) {
        Map<RequestKind, Long> byKind = new EnumMap<>(RequestKind.class);
        for (RequestKind kind : RequestKind.values()) {
            byKind.put(kind, mongo.count(query(where("tenant").is(tenant).and("kind").is(kind)), MentoringRequest.class));
        }
        return new RequestCounts(byKind.values().stream().mapToLong(Long::longValue).sum(), byKind,
                countRequests(tenant, RequestStatus.OPEN), countRequests(tenant, RequestStatus.PROPOSED),
                countRequests(tenant, RequestStatus.MATCHED));
    }

    private ProposalOutcomes proposals(String tenant) {
        Query mine = query(where("tenant").is(tenant));
        mine.fields().include("status", "proposedAt", "decidedAt");
        List<Match> all = mongo.find(mine, Match.class);
        Map<MatchStatus, Long> byStatus = new EnumMap<>(MatchStatus.class);
        all.forEach(match -> byStatus.merge(match.status(), 1L, Long::sum));
        long ended = byStatus.getOrDefault(MatchStatus.ENDED, 0L);
        long accepted = byStatus.getOrDefault(MatchStatus.ACCEPTED, 0L) + ended;
        long declined = byStatus.getOrDefault(MatchStatus.DECLINED, 0L);
        long expired = byStatus.getOrDefault(MatchStatus.EXPIRED, 0L);
        long open = all.stream().filter(match -> match.status().open()).count();
        long decided = accepted + declined + expired;
        List<Duration> toAccept = all.stream()
                .filter(match -> match.status() == MatchStatus.ACCEPTED || match.status() == MatchStatus.ENDED)
                .map(match -> Duration.between(match.proposedAt(), match.decidedAt())).sorted().toList();
        return new ProposalOutcomes(all.size(), open, accepted, declined, expired, ended,
                decided == 0 ? null : (double) accepted / decided, median(toAccept));
    }

    private CapacityUse capacity(String tenant) {
        List<Mentor> own = mentors.of(tenant);
        long places = own.stream().mapToLong(Mentor::capacity).sum();
        long mentees = own.stream().mapToLong(Mentor::activeMentees).sum();
        return new CapacityUse(own.size(), (int) own.stream().filter(Mentor::paused).count(), places, mentees,
                places == 0 ? null : (double) mentees / places);
    }

    private long count(String tenant, MatchStatus status) {
        return mongo.count(query(where("tenant").is(tenant).and("status").is(status)), Match.class);
    }

    private long countRequests(String tenant, RequestStatus status) {
        return mongo.count(query(where("tenant").is(tenant).and("status").is(status)), MentoringRequest.class);
    }

    /** The middle value, or the mean of the two middle values of an even count. */
    private static Duration median(List<Duration> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
