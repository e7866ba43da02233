package org.pathway.mentoringmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OptimalMatcherTests {

    /** The default, and settings that force many solve–scan rounds (tiny or empty first candidate sets, no auction). */
    private static final List<OptimalMatcher> MATCHERS = List.of(new OptimalMatcher(),
            new OptimalMatcher(OptimalMatcher.Tuning.withoutAuction(0, 0, 1)),
            new OptimalMatcher(OptimalMatcher.Tuning.withoutAuction(1, 1, 2)),
            new OptimalMatcher(new OptimalMatcher.Tuning(1, 0, 1, 3, 1, 1)));

    @Test
    void shouldEqualExhaustiveSearchOnSmallRandomInstances() {
        Random random = new Random(20240501);
        for (int instance = 0; instance < 600; instance++) {
            AssignmentProblem problem = BenchInstances.small(random);
            long[] best = exhaustiveBest(problem);
            for (OptimalMatcher matcher : MATCHERS) {
                OptimalMatcher.Result result = matcher.solve(problem);
                String what = "instance " + instance + " " + describe(problem);
                assertThat(new long[] { result.assignment().matched(), result.assignment().totalScore() })
                    .as(what).containsExactly(best);
                assertThat(result.certificate().verify(problem, result.assignment()).optimal()).as(what).isTrue();
            }
        }
    }

    @Test
    void shouldReturnTheSameAssignmentOnRepeatedRuns() {
        Random random = new Random(7);
        for (int instance = 0; instance < 100; instance++) {
            AssignmentProblem problem = BenchInstances.small(random);
            OptimalMatcher matcher = new OptimalMatcher();
            assertThat(matcher.solve(problem).assignment()).isEqualTo(new OptimalMatcher().solve(problem).assignment());
        }
        AssignmentProblem mixed = BenchInstances.mixed(3);
        assertThat(new OptimalMatcher().solve(mixed).assignment())
            .isEqualTo(new OptimalMatcher().solve(mixed).assignment());
    }

    @Test
    void shouldSolveTheCanonicalInstanceLikeAnIndependentDenseSolver() {
        AssignmentProblem problem = BenchInstances.canonical(2_000, 400, 42);
        OptimalMatcher.Result result = new OptimalMatcher().solve(problem);
        Assignment reference = ReferenceSolver.solve(problem);

        assertThat(result.assignment().matched()).isEqualTo(2_000).isEqualTo(reference.matched());
        assertThat(result.assignment().totalScore()).isEqualTo(reference.totalScore());
        Certificate.Verdict verdict = result.certificate().verify(problem, result.assignment());
        assertThat(verdict.optimal()).as(verdict.reason()).isTrue();
        assertThat(result.certificate().pairsScanned()).isEqualTo(2_000L * 400);
        assertThat(result.certificate().candidatePairs()).isLessThan(2_000L * 400 / 4);
    }

    @Test
    void shouldMatchAsManyAsTheDenseSolverWhenPopularMentorsDefeatNaivePruning() {
        for (long seed : new long[] { 1, 2 }) {
            AssignmentProblem problem = BenchInstances.mixed(seed);
            OptimalMatcher.Result result = new OptimalMatcher().solve(problem);
            Assignment reference = ReferenceSolver.solve(problem);
            assertThat(result.assignment().matched()).isEqualTo(reference.matched());
            assertThat(result.assignment().totalScore()).isEqualTo(reference.totalScore());
            assertThat(result.certificate().verify(problem, result.assignment()).optimal()).isTrue();
        }
    }

    @Test
    void shouldMatchNobodyWithoutMentors() {
        AssignmentProblem problem = AssignmentProblem.dense(3, 0, new int[0], new int[0]);
        OptimalMatcher.Result result = new OptimalMatcher().solve(problem);
        assertThat(result.assignment().matched()).isZero();
        assertThat(result.assignment().mentorOf()).containsExactly(-1, -1, -1);
        assertThat(result.certificate().verify(problem, result.assignment()).optimal()).isTrue();
    }

    @Test
    void shouldHandleNoMentees() {
        AssignmentProblem problem = AssignmentProblem.dense(0, 2, new int[] { 1, 1 }, new int[0]);
        assertThat(new OptimalMatcher().solve(problem).assignment().matched()).isZero();
    }

    @Test
    void shouldNeverUseAMentorWithoutCapacity() {
        AssignmentProblem problem = AssignmentProblem.dense(2, 2, new int[] { 0, 1 }, new int[] { 90, 10, 80, 20 });
        OptimalMatcher.Result result = new OptimalMatcher().solve(problem);
        assertThat(result.assignment().matched()).isEqualTo(1);
        assertThat(result.assignment().mentorOf()).containsExactly(-1, 1);
        assertThat(result.certificate().verify(problem, result.assignment()).optimal()).isTrue();
    }

    @Test
    void shouldLeaveEveryoneUnmatchedWhenAllPairsAreForbidden() {
        int[] scores = new int[6];
        Arrays.fill(scores, Scores.FORBIDDEN);
        AssignmentProblem problem = AssignmentProblem.dense(3, 2, new int[] { 2, 2 }, scores);
        OptimalMatcher.Result result = new OptimalMatcher().solve(problem);
        assertThat(result.assignment().matched()).isZero();
        assertThat(result.certificate().verify(problem, result.assignment()).optimal()).isTrue();
    }

    @Test
    void shouldPreferAnotherMatchedMenteeOverAHigherScore() {
        // mentee 0 loves mentor 0 (100) but mentee 1 can only go there: two pairs beat the best single pair
        int forbidden = Scores.FORBIDDEN;
        AssignmentProblem problem = AssignmentProblem.dense(2, 2, new int[] { 1, 1 },
                new int[] { 100, 1, 5, forbidden });
        OptimalMatcher.Result result = new OptimalMatcher().solve(problem);
        assertThat(result.assignment().mentorOf()).containsExactly(1, 0);
        assertThat(result.assignment().totalScore()).isEqualTo(6);
    }

    @Test
    void shouldBreakTiesByIndexDeterministically() {
        int[] scores = new int[4 * 3];
        Arrays.fill(scores, 7);
        AssignmentProblem problem = AssignmentProblem.dense(4, 3, new int[] { 1, 1, 1 }, scores);
        Assignment first = new OptimalMatcher().solve(problem).assignment();
        assertThat(first.matched()).isEqualTo(3);
        assertThat(first.totalScore()).isEqualTo(21);
        assertThat(new OptimalMatcher().solve(problem).assignment()).isEqualTo(first);
    }

    @Test
    void shouldHandleNegativeScores() {
        AssignmentProblem problem = AssignmentProblem.dense(2, 1, new int[] { 2 }, new int[] { -50, -3 });
        OptimalMatcher.Result result = new OptimalMatcher().solve(problem);
        assertThat(result.assignment().matched()).isEqualTo(2);
        assertThat(result.assignment().totalScore()).isEqualTo(-53);
    }

    /** Best (matched, score) over every assignment, lexicographically. */
    static long[] exhaustiveBest(AssignmentProblem problem) {
        long[] best = { 0, 0 };
        search(problem, 0, new int[problem.mentors()], 0, 0, best);
        return best;
    }

    private static void search(AssignmentProblem problem, int i, int[] load, int matched, long score, long[] best) {
        if (i == problem.mentees()) {
            if (matched > best[0] || (matched == best[0] && score > best[1])) {
                best[0] = matched;
                best[1] = score;
            }
            return;
        }
        search(problem, i + 1, load, matched, score, best);
        for (int j = 0; j < problem.mentors(); j++) {
            int s = problem.scores().score(i, j);
            if (s != Scores.FORBIDDEN && load[j] < problem.capacity(j)) {
                load[j]++;
                search(problem, i + 1, load, matched + 1, score + s, best);
                load[j]--;
            }
        }
    }

    private static String describe(AssignmentProblem problem) {
        StringBuilder text = new StringBuilder("n=" + problem.mentees() + " m=" + problem.mentors() + " cap="
                + Arrays.toString(problem.capacities()) + " scores=");
        for (int i = 0; i < problem.mentees(); i++) {
            int[] row = new int[problem.mentors()];
            problem.scores().row(i, row, problem.mentors());
            text.append(Arrays.toString(row));
        }
        return text.toString();
    }
}
