package org.pathway.mentoringmatch.match;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pathway.mentoringmatch.mentee.Mentees;
import org.pathway.mentoringmatch.mentor.Mentor;
import org.pathway.mentoringmatch.mentor.Mentors;
import org.pathway.mentoringmatch.scoring.Compatibility;
import org.pathway.mentoringmatch.scoring.CompatibilityScorer;
import org.pathway.mentoringmatch.scoring.MenteeFacts;
import org.pathway.mentoringmatch.settings.Settings;
import org.springframework.stereotype.Component;

/**
 * Scores a request against the mentors who could take it: the institution's own and, with the mentee's consent,
 * other institutions' mentors who accept external mentees. A mentor's free places count their outstanding proposals
 * as taken, so proposals never promise more places than a mentor has. Scores use the weights of the mentee's
 * institution (whose program is matching), also for an external mentor.
 */
@Component
class Candidates {

    private static final List<MatchStatus> OPEN = List.of(MatchStatus.PROPOSED, MatchStatus.INFO_REQUESTED);

    private final Mentors mentors;
    private final Mentees mentees;
    private final MatchRepository matches;
    private final Settings settings;

    Candidates(Mentors mentors, Mentees mentees, MatchRepository matches, Settings settings) {
        this.mentors = mentors;
        this.mentees = mentees;
        this.matches = matches;
        this.settings = settings;
    }

    record Scored(Mentor mentor, Compatibility compatibility) {
    }

    MenteeFacts facts(MentoringRequest request) {
        return request.facts(mentees.of(request.tenant(), request.menteeId()));
    }

    /** The mentors this request could be proposed to, best first (ties: mentor id), each with its reasons. */
    List<Scored> eligible(MentoringRequest request, Instant now) {
        List<Mentor> pool = mentors.candidatesFor(request.tenant(), request.openToExternal());
        Map<String, Integer> pending = pendingProposals(pool);
        MenteeFacts mentee = facts(request);
        Set<String> tried = new HashSet<>(request.triedMentors());
        CompatibilityScorer scorer = scorerFor(request.tenant());
        List<Scored> scored = new ArrayList<>();
        for (Mentor mentor : pool) {
            if (tried.contains(mentor.id())) {
                continue;
            }
            Compatibility compatibility = scorer.score(mentee, mentor.facts(pending.getOrDefault(mentor.id(), 0)), now);
            if (compatibility.eligible()) {
                scored.add(new Scored(mentor, compatibility));
            }
        }
        scored.sort(Comparator.comparingInt((Scored s) -> -s.compatibility().score())
                .thenComparing(s -> s.mentor().id()));
        return scored;
    }

    /** Outstanding proposals per mentor id. */
    Map<String, Integer> pendingProposals(List<Mentor> pool) {
        Map<String, Integer> pending = new HashMap<>();
        matches.findByMentorIdInAndStatusIn(pool.stream().map(Mentor::id).toList(), OPEN)
                .forEach(match -> pending.merge(match.mentorId(), 1, Integer::sum));
        return pending;
    }

    /** The scorer with {@code tenant}'s weights, for matching that institution's mentees. */
    CompatibilityScorer scorerFor(String tenant) {
        return settings.of(tenant).scorer();
    }
}
