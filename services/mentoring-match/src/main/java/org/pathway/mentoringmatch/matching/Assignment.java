package org.pathway.mentoringmatch.matching;

import java.util.Arrays;

/**
 * The outcome of a round: {@code mentorOf[i]} is mentee i's mentor, or {@link #UNMATCHED}.
 */
public record Assignment(int[] mentorOf, int matched, long totalScore) {

    public static final int UNMATCHED = -1;

    public Assignment {
        mentorOf = mentorOf.clone();
    }

    /** Builds an assignment and computes its size and score, rejecting one that breaks a capacity or a forbidden pair. */
    public static Assignment of(AssignmentProblem problem, int[] mentorOf) {
        if (mentorOf.length != problem.mentees()) {
            throw new IllegalArgumentException("expected " + problem.mentees() + " mentees");
        }
        int[] load = new int[problem.mentors()];
        int matched = 0;
        long total = 0;
        for (int i = 0; i < mentorOf.length; i++) {
            int j = mentorOf[i];
            if (j == UNMATCHED) {
                continue;
            }
            int score = problem.scores().score(i, j);
            if (score == Scores.FORBIDDEN) {
                throw new IllegalArgumentException("mentee " + i + " assigned to forbidden mentor " + j);
            }
            if (++load[j] > problem.capacity(j)) {
                throw new IllegalArgumentException("mentor " + j + " over capacity");
            }
            matched++;
            total += score;
        }
        return new Assignment(mentorOf, matched, total);
    }

    public int mentorOf(int mentee) {
        return mentorOf[mentee];
    }

    @Override
    public int[] mentorOf() {
        return mentorOf.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Assignment that && matched == that.matched && totalScore == that.totalScore
                && Arrays.equals(mentorOf, that.mentorOf);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mentorOf) + Long.hashCode(totalScore);
    }

    @Override
    public String toString() {
        return "Assignment[matched=" + matched + ", totalScore=" + totalScore + "]";
    }
}
