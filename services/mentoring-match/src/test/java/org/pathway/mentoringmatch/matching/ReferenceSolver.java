package org.pathway.mentoringmatch.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Independent exact oracle for the tests: textbook row-by-row Hungarian (shortest augmenting path, min-cost form) on
 * the dense matrix, with no pruning and no certificate. Every mentee must take a column: a real mentor (cost
 * −(B + score)) or an extra "unmatched" column of unlimited capacity (cost 0), so minimum cost is maximum
 * (cardinality, score). A column's potential only moves while it is full, and columns never lose load, so the
 * capacity inequality's complementary slackness holds throughout. O(n·m) per mentee.
 */
final class ReferenceSolver {

    private ReferenceSolver() {
    }

    static Assignment solve(AssignmentProblem problem) {
        int n = problem.mentees();
        int m = problem.mentors();
        int unmatchedColumn = m;
        long[][] cost = new long[n][m + 1];
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int s = problem.scores().score(i, j);
                if (s != Scores.FORBIDDEN) {
                    min = Math.min(min, s);
                    max = Math.max(max, s);
                }
            }
        }
        long big = min > max ? 1 : (long) (n + 1) * (max - min + 1);
        final long forbidden = Long.MAX_VALUE / 4;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int s = problem.scores().score(i, j);
                cost[i][j] = s == Scores.FORBIDDEN || problem.capacity(j) == 0 ? forbidden : -(big + s - min);
            }
        }
        long[] u = new long[n];
        long[] v = new long[m + 1];
        int[] columnOf = new int[n];
        Arrays.fill(columnOf, -1);
        List<List<Integer>> rowsOf = new ArrayList<>();
        for (int j = 0; j <= m; j++) {
            rowsOf.add(new ArrayList<>());
        }
        long[] minv = new long[m + 1];
        int[] from = new int[m + 1];
        boolean[] used = new boolean[m + 1];
        long[] rowDist = new long[n];
        for (int i0 = 0; i0 < n; i0++) {
            Arrays.fill(minv, Long.MAX_VALUE);
            Arrays.fill(used, false);
            List<Integer> tree = new ArrayList<>();
            tree.add(i0);
            rowDist[i0] = 0;
            relax(i0, 0, cost, u, v, minv, from, used);
            int target;
            while (true) {
                int best = -1;
                for (int j = 0; j <= m; j++) {
                    if (!used[j] && (best < 0 || minv[j] < minv[best])) {
                        best = j;
                    }
                }
                used[best] = true;
                if (best == unmatchedColumn || rowsOf.get(best).size() < problem.capacity(best)) {
                    target = best;
                    break;
                }
                for (int r : rowsOf.get(best)) {
                    rowDist[r] = minv[best];
                    tree.add(r);
                    relax(r, minv[best], cost, u, v, minv, from, used);
                }
            }
            long delta = minv[target];
            for (int r : tree) {
                u[r] += delta - rowDist[r];
            }
            for (int j = 0; j <= m; j++) {
                if (used[j]) {
                    v[j] -= delta - minv[j];
                }
            }
            int j = target;
            while (true) {
                int r = from[j];
                int previous = columnOf[r];
                if (previous >= 0) {
                    rowsOf.get(previous).remove(Integer.valueOf(r));
                }
                rowsOf.get(j).add(r);
                columnOf[r] = j;
                if (r == i0) {
                    break;
                }
                j = previous;
            }
        }
        int[] mentorOf = new int[n];
        for (int i = 0; i < n; i++) {
            mentorOf[i] = columnOf[i] == unmatchedColumn ? Assignment.UNMATCHED : columnOf[i];
        }
        return Assignment.of(problem, mentorOf);
    }

    private static void relax(int r, long d, long[][] cost, long[] u, long[] v, long[] minv, int[] from,
            boolean[] used) {
        long[] row = cost[r];
        for (int j = 0; j < row.length; j++) {
            if (!used[j]) {
                long reduced = row[j] - u[r] - v[j];
                long nd = d + reduced;
                if (nd < minv[j]) {
                    minv[j] = nd;
                    from[j] = r;
                }
            }
        }
    }
}
