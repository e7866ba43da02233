package org.pathway.mentoringmatch.matching;

import java.util.Arrays;

/**
 * Mentee-proposing deferred acceptance with capacities (Gale–Shapley, college admissions form), for programs that
 * prefer stability to total compatibility: no mentee and mentor would both rather be together than with what they
 * got. Both sides rank by score (ties: lower index first); forbidden pairs are unacceptable to both. The result is
 * the mentee-optimal stable matching.
 */
public final class StableMatcher {

    public Assignment solve(AssignmentProblem problem) {
        int n = problem.mentees();
        int m = problem.mentors();
        Scores scores = problem.scores();
        int[] mentorOf = new int[n];
        Arrays.fill(mentorOf, Assignment.UNMATCHED);
        int[] nextChoice = new int[n];
        int[][] preferences = new int[n][];
        // each mentor holds its tentative mentees in a min-heap by (score, −index): the root is the one it likes least
        int[][] held = new int[m][];
        int[] heldCount = new int[m];
        for (int j = 0; j < m; j++) {
            held[j] = new int[Math.min(problem.capacity(j), n)];
        }
        int[] free = new int[n];
        int freeCount = 0;
        for (int i = n - 1; i >= 0; i--) {
            free[freeCount++] = i;
        }
        while (freeCount > 0) {
            int i = free[--freeCount];
            if (preferences[i] == null) {
                preferences[i] = ranking(scores, i, m, problem);
            }
            if (nextChoice[i] >= preferences[i].length) {
                continue; // i has proposed to every acceptable mentor
            }
            int j = preferences[i][nextChoice[i]++];
            int[] heap = held[j];
            if (heldCount[j] < heap.length) {
                push(heap, heldCount[j]++, i, j, scores);
                mentorOf[i] = j;
            }
            else if (prefers(scores, j, i, heap[0])) {
                int rejected = heap[0];
                mentorOf[rejected] = Assignment.UNMATCHED;
                free[freeCount++] = rejected;
                heap[0] = i;
                siftDown(heap, heldCount[j], 0, j, scores);
                mentorOf[i] = j;
            }
            else {
                free[freeCount++] = i;
            }
        }
        return Assignment.of(problem, mentorOf);
    }

    /** Whether mentor j prefers mentee a to mentee b. */
    static boolean prefers(Scores scores, int j, int a, int b) {
        int sa = scores.score(a, j);
        int sb = scores.score(b, j);
        return sa > sb || (sa == sb && a < b);
    }

    private static int[] ranking(Scores scores, int i, int m, AssignmentProblem problem) {
        int[] row = new int[m];
        scores.row(i, row, m);
        long[] keyed = new long[m];
        int k = 0;
        for (int j = 0; j < m; j++) {
            if (row[j] != Scores.FORBIDDEN && problem.capacity(j) > 0) {
                // descending score, ascending mentor index
                keyed[k++] = ((0xFFFFFFFFL - ((long) row[j] - Integer.MIN_VALUE)) << 31) | j;
            }
        }
        Arrays.sort(keyed, 0, k);
        int[] ranking = new int[k];
        for (int p = 0; p < k; p++) {
            ranking[p] = (int) (keyed[p] & 0x7FFFFFFFL);
        }
        return ranking;
    }

    private static void push(int[] heap, int at, int mentee, int j, Scores scores) {
        heap[at] = mentee;
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!prefers(scores, j, heap[parent], heap[at])) {
                break;
            }
            int swap = heap[parent];
            heap[parent] = heap[at];
            heap[at] = swap;
            at = parent;
        }
    }

    private static void siftDown(int[] heap, int size, int at, int j, Scores scores) {
        while (true) {
            int least = at;
            int left = 2 * at + 1;
            int right = left + 1;
            if (left < size && prefers(scores, j, heap[least], heap[left])) {
                least = left;
            }
            if (right < size && prefers(scores, j, heap[least], heap[right])) {
                least = right;
            }
            if (least == at) {
                return;
            }
            int swap = heap[least];
            heap[least] = heap[at];
            heap[at] = swap;
            at = least;
        }
    }
}
