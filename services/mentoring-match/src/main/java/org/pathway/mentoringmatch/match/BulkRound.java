package org.pathway.mentoringmatch.match;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.pathway.mentoringmatch.matching.Assignment;
import org.pathway.mentoringmatch.matching.AssignmentProblem;
import org.pathway.mentoringmatch.matching.Certificate;
import org.pathway.mentoringmatch.matching.OptimalMatcher;
import org.pathway.mentoringmatch.matching.Scores;
import org.pathway.mentoringmatch.matching.StableMatcher;
import org.pathway.mentoringmatch.mentor.Mentor;
import org.pathway.mentoringmatch.mentor.Mentors;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.pathway.mentoringmatch.scoring.Compatibility;
import org.pathway.mentoringmatch.scoring.CompatibilityScorer;
import org.pathway.mentoringmatch.scoring.MenteeFacts;
import org.springframework.stereotype.Component;

/**
 * An institution's bulk round: its open requests × its available mentors (plus other institutions' mentors who
 * accept external mentees, for requests whose mentee consented), integer scores from the compatibility scorer with
 * the institution's weights (ineligible pairs forbidden), each mentor's free places net of outstanding proposals,
 * solved by {@link OptimalMatcher}: as many mentees matched as possible, then the greatest total compatibility, certified over
 * every pair (or, as an option, a stable matching: {@link Method#STABLE}). Requests and mentors enter in a fixed order and the solver breaks ties by index, so the same input
 * gives the same assignment; the fingerprint names that input, and a commit re-plans and refuses if it changed.
 */
@Component
class BulkRound {

    private final Requests requests;
    private final Mentors mentors;
    private final Candidates candidates;
    private final Clock clock;
    private final MeterRegistry meters;

    BulkRound(Requests requests, Mentors mentors, Candidates candidates, Clock clock, MeterRegistry meters) {
        this.requests = requests;
        this.mentors = mentors;
        this.candidates = candidates;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * OPTIMAL: as many matched as possible, then the greatest total compatibility, certified. STABLE: mentee-proposing
     * deferred acceptance with capacities, both sides ranking by compatibility, for programs that prefer that no
     * mentee and mentor would both rather be together; it may match fewer or score less, and has no certificate.
     */
    enum Method {
        OPTIMAL,
        STABLE
    }

    record Pair(MentoringRequest request, Mentor mentor, Compatibility compatibility) {
    }

    record Plan(String fingerprint, Method method, int requests, int mentors, long places, List<Pair> pairs,
            List<String> unmatchedRequests, long totalScore, Certificate certificate, Certificate.Verdict verdict,
            long dualObjective, long solveMillis) {
    }

    Plan plan(String tenant, Method method) {
        Instant now = clock.instant();
        List<MentoringRequest> open = requests.openIn(tenant);
        List<Mentor> pool = mentors.candidatesFor(tenant, true);
        Map<String, Integer> pending = candidates.pendingProposals(pool);
        CompatibilityScorer scorer = candidates.scorerFor(tenant);
        int n = open.size();
        int m = pool.size();
        int[] capacities = new int[m];
        for (int j = 0; j < m; j++) {
            Mentor mentor = pool.get(j);
            capacities[j] = Math.max(0, mentor.freeSlots() - pending.getOrDefault(mentor.id(), 0));
        }
        int[] scores = new int[n * m];
        Compatibility[] compatibilities = new Compatibility[n * m];
        for (int i = 0; i < n; i++) {
            MentoringRequest request = open.get(i);
            MenteeFacts mentee = candidates.facts(request);
            for (int j = 0; j < m; j++) {
                Mentor mentor = pool.get(j);
                Compatibility compatibility = request.triedMentors().contains(mentor.id()) ? null
                        : scorer.score(mentee, mentor.facts(pending.getOrDefault(mentor.id(), 0)), now);
                compatibilities[i * m + j] = compatibility;
                scores[i * m + j] = compatibility != null && compatibility.eligible() ? compatibility.score()
                        : Scores.FORBIDDEN;
            }
        }
        long started = System.nanoTime();
        AssignmentProblem problem = AssignmentProblem.dense(n, m, capacities, scores);
        Assignment assignment;
        Certificate certificate = null;
        Certificate.Verdict verdict = null;
        long dualObjective = 0;
        if (method == Method.STABLE) {
            assignment = new StableMatcher().solve(problem);
        } else {
            OptimalMatcher.Result result = new OptimalMatcher().solve(problem);
            assignment = result.assignment();
            certificate = result.certificate();
            verdict = certificate.verify(problem, assignment);
            dualObjective = certificate.dualObjective(problem);
        }
        long solveNanos = System.nanoTime() - started;
        Timer.builder("pathway.matching.solve").description("Solving one bulk round, certificate included")
                .tag("method", method.name()).publishPercentileHistogram().register(meters)
                .record(solveNanos, TimeUnit.NANOSECONDS);
        long solveMillis = solveNanos / 1_000_000;

        List<Pair> pairs = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int j = assignment.mentorOf(i);
            if (j == Assignment.UNMATCHED) {
                unmatched.add(open.get(i).id());
            } else {
                pairs.add(new Pair(open.get(i), pool.get(j), compatibilities[i * m + j]));
            }
        }
        return new Plan(fingerprint(method, open, pool, capacities, scores), method, n, m,
                Arrays.stream(capacities).asLongStream().sum(), pairs, unmatched, assignment.totalScore(), certificate,
                verdict, dualObjective, solveMillis);
    }

    private static String fingerprint(Method method, List<MentoringRequest> open, List<Mentor> pool, int[] capacities,
            int[] scores) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method.name() + ";").getBytes(StandardCharsets.UTF_8));
            open.forEach(request -> digest.update((request.id() + "#" + request.attempts() + ";")
                    .getBytes(StandardCharsets.UTF_8)));
            pool.forEach(mentor -> digest.update((mentor.id() + ";").getBytes(StandardCharsets.UTF_8)));
            ByteBuffer numbers = ByteBuffer.allocate(4 * (capacities.length + scores.length));
            Arrays.stream(capacities).forEach(numbers::putInt);
            Arrays.stream(scores).forEach(numbers::putInt);
            digest.update(numbers.array());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
