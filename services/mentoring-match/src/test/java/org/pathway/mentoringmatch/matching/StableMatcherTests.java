package org.pathway.mentoringmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StableMatcherTests {

    @Test
    void shouldLeaveNoBlockingPairOnRandomInstances() {
        Random random = new Random(99);
        for (int instance = 0; instance < 300; instance++) {
            AssignmentProblem problem = BenchInstances.small(random);
            assertThat(blockingPairs(problem, new StableMatcher().solve(problem))).as("instance " + instance).isZero();
        }
        AssignmentProblem mixed = BenchInstances.mixed(4);
        assertThat(blockingPairs(mixed, new StableMatcher().solve(mixed))).isZero();
    }

    @Test
    void shouldGiveMenteesTheirFirstChoiceWhenMentorsHaveRoom() {
        AssignmentProblem problem = AssignmentProblem.dense(2, 2, new int[] { 2, 2 }, new int[] { 1, 9, 8, 2 });
        assertThat(new StableMatcher().solve(problem).mentorOf()).containsExactly(1, 0);
    }

    @Test
    void shouldLetTheMentorKeepTheMenteeItPrefers() {
        // both mentees want mentor 0 (capacity 1); mentor 0 prefers mentee 1
        AssignmentProblem problem = AssignmentProblem.dense(2, 2, new int[] { 1, 1 }, new int[] { 5, 1, 7, 1 });
        assertThat(new StableMatcher().solve(problem).mentorOf()).containsExactly(1, 0);
    }

    @Test
    void shouldBeDeterministic() {
        AssignmentProblem problem = BenchInstances.mixed(8);
        assertThat(new StableMatcher().solve(problem)).isEqualTo(new StableMatcher().solve(problem));
    }

    /** Allowed pairs (i, j) where i prefers j to its lot and j has room or prefers i to one of its mentees. */
    static long blockingPairs(AssignmentProblem problem, Assignment assignment) {
        int n = problem.mentees();
        int m = problem.mentors();
        Scores scores = problem.scores();
        int[] load = new int[m];
        int[] worst = new int[m];
        java.util.Arrays.fill(worst, -1);
        for (int i = 0; i < n; i++) {
            int j = assignment.mentorOf(i);
            if (j >= 0) {
                load[j]++;
                if (worst[j] < 0 || StableMatcher.prefers(scores, j, worst[j], i)) {
                    worst[j] = i;
                }
            }
        }
        long blocking = 0;
        for (int i = 0; i < n; i++) {
            int current = assignment.mentorOf(i);
            for (int j = 0; j < m; j++) {
                int s = scores.score(i, j);
                if (s == Scores.FORBIDDEN || j == current || problem.capacity(j) == 0) {
                    continue;
                }
                boolean menteeWants = current < 0 || s > scores.score(i, current)
                        || (s == scores.score(i, current) && j < current);
                boolean mentorWants = load[j] < problem.capacity(j) || StableMatcher.prefers(scores, j, i, worst[j]);
                if (menteeWants && mentorWants) {
                    blocking++;
                }
            }
        }
        return blocking;
    }
}
