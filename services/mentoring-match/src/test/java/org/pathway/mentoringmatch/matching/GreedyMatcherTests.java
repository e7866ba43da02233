package org.pathway.mentoringmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GreedyMatcherTests {

    @Test
    void shouldTakeTheHighestScoresFirstAndMissTheOptimum() {
        // greedy takes (0,0)=100 and strands mentee 1; the optimum matches both
        AssignmentProblem problem = AssignmentProblem.dense(2, 2, new int[] { 1, 1 },
                new int[] { 100, 1, 5, Scores.FORBIDDEN });
        Assignment greedy = new GreedyMatcher().solve(problem);
        assertThat(greedy.mentorOf()).containsExactly(0, -1);
        assertThat(greedy.matched()).isLessThan(new OptimalMatcher().solve(problem).assignment().matched());
    }

    @Test
    void shouldStayFeasibleAndNeverBeatTheOptimum() {
        Random random = new Random(11);
        for (int instance = 0; instance < 200; instance++) {
            AssignmentProblem problem = BenchInstances.small(random);
            Assignment greedy = new GreedyMatcher().solve(problem);
            Assignment optimal = new OptimalMatcher().solve(problem).assignment();
            assertThat(Assignment.of(problem, greedy.mentorOf())).isEqualTo(greedy);
            assertThat(greedy.matched()).isLessThanOrEqualTo(optimal.matched());
            if (greedy.matched() == optimal.matched()) {
                assertThat(greedy.totalScore()).isLessThanOrEqualTo(optimal.totalScore());
            }
        }
    }
}
