package org.pathway.mentoringmatch.matching;

import java.util.Arrays;

/**
 * The baseline a bulk round is usually done with: take pairs from the highest score down while both sides have room.
 * Neither cardinality- nor score-optimal; kept for comparison in the benchmark. Ties go to the lower mentee, then
 * mentor index.
 */
public final class GreedyMatcher {

    /** Score ranges up to this size are bucket-sorted in O(n·m + range); wider ones fall back to a comparison sort. */
    private static final long BUCKET_RANGE = 1 << 22;

    public Assignment solve(AssignmentProblem problem) {
        int n = problem.mentees();
        int m = problem.mentors();
        int[] row = new int[m];
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        long allowed = 0;
        for (int i = 0; i < n; i++) {
            problem.scores().row(i, row, m);
            for (int j = 0; j < m; j++) {
                int s = row[j];
                if (s != Scores.FORBIDDEN && problem.capacity(j) > 0) {
                    min = Math.min(min, s);
                    max = Math.max(max, s);
                    allowed++;
                }
            }
        }
        int[] mentorOf = new int[n];
        Arrays.fill(mentorOf, Assignment.UNMATCHED);
        if (allowed == 0) {
            return Assignment.of(problem, mentorOf);
        }
        if ((long) n * m >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("greedy baseline supports fewer than 2^31 pairs");
        }
        int[] order = (long) max - min < BUCKET_RANGE ? bucketOrder(problem, min, max, (int) allowed, row)
                : sortedOrder(problem, min, (int) allowed, row);
        int[] load = new int[m];
        int left = n;
        for (int pair : order) {
            int i = pair / m;
            int j = pair % m;
            if (mentorOf[i] == Assignment.UNMATCHED && load[j] < problem.capacity(j)) {
                mentorOf[i] = j;
                load[j]++;
                if (--left == 0) {
                    break;
                }
            }
        }
        return Assignment.of(problem, mentorOf);
    }

    /** Pair indices i·m + j, highest score first, by a counting sort on the score. */
    private static int[] bucketOrder(AssignmentProblem problem, int min, int max, int allowed, int[] row) {
        int n = problem.mentees();
        int m = problem.mentors();
        int[] start = new int[max - min + 2];
        for (int i = 0; i < n; i++) {
            problem.scores().row(i, row, m);
            for (int j = 0; j < m; j++) {
                if (row[j] != Scores.FORBIDDEN && problem.capacity(j) > 0) {
                    start[max - row[j] + 1]++;
                }
            }
        }
        for (int b = 1; b < start.length; b++) {
            start[b] += start[b - 1];
        }
        int[] order = new int[allowed];
        for (int i = 0; i < n; i++) {
            problem.scores().row(i, row, m);
            for (int j = 0; j < m; j++) {
                if (row[j] != Scores.FORBIDDEN && problem.capacity(j) > 0) {
                    order[start[max - row[j]]++] = i * m + j;
                }
            }
        }
        return order;
    }

    private static int[] sortedOrder(AssignmentProblem problem, int min, int allowed, int[] row) {
        int n = problem.mentees();
        int m = problem.mentors();
        long[] keyed = new long[allowed];
        int k = 0;
        for (int i = 0; i < n; i++) {
            problem.scores().row(i, row, m);
            for (int j = 0; j < m; j++) {
                if (row[j] != Scores.FORBIDDEN && problem.capacity(j) > 0) {
                    // descending score, then ascending pair index
                    long descending = 0xFFFFFFFFL - ((long) row[j] - min);
                    keyed[k++] = (descending << 31) | (i * m + j);
                }
            }
        }
        Arrays.sort(keyed);
        int[] order = new int[allowed];
        for (int p = 0; p < allowed; p++) {
            order[p] = (int) (keyed[p] & 0x7FFFFFFFL);
        }
        return order;
    }
}
