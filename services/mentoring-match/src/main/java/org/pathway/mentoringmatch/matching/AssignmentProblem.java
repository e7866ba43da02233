package org.pathway.mentoringmatch.matching;

import java.util.Arrays;

/**
 * One bulk round: {@code mentees} mentees, {@code mentors} mentors with their capacities, and the integer score of
 * every pair ({@link Scores#FORBIDDEN} where a pair is impossible). Each mentee gets at most one mentor and each
 * mentor at most {@code capacities[j]} mentees.
 */
public record AssignmentProblem(int mentees, int mentors, int[] capacities, Scores scores) {

    public AssignmentProblem {
        if (mentees < 0 || mentors < 0) {
            throw new IllegalArgumentException("negative problem size");
        }
        if (capacities.length != mentors) {
            throw new IllegalArgumentException("expected " + mentors + " capacities, got " + capacities.length);
        }
        for (int c : capacities) {
            if (c < 0) {
                throw new IllegalArgumentException("negative mentor capacity " + c);
            }
        }
        capacities = capacities.clone();
    }

    /** Every mentor with the same capacity. */
    public static AssignmentProblem uniform(int mentees, int mentors, int capacity, Scores scores) {
        int[] capacities = new int[mentors];
        Arrays.fill(capacities, capacity);
        return new AssignmentProblem(mentees, mentors, capacities, scores);
    }

    /** Dense scores in a row-major array, {@link Scores#FORBIDDEN} marking forbidden pairs. */
    public static AssignmentProblem dense(int mentees, int mentors, int[] capacities, int[] rowMajorScores) {
        if (rowMajorScores.length != (long) mentees * mentors) {
            throw new IllegalArgumentException("expected " + (long) mentees * mentors + " scores");
        }
        return new AssignmentProblem(mentees, mentors, capacities, Scores.dense(mentors, rowMajorScores));
    }

    public int capacity(int mentor) {
        return capacities[mentor];
    }

    public boolean allowed(int mentee, int mentor) {
        return scores.score(mentee, mentor) != Scores.FORBIDDEN;
    }

    /** Total capacity, saturating at {@link Integer#MAX_VALUE}. */
    long totalCapacity() {
        long total = 0;
        for (int c : capacities) {
            total += c;
        }
        return total;
    }
}
