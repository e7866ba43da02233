package org.pathway.mentoringmatch.matching;

import java.util.Arrays;
import java.util.Random;

/** Seeded instances shared by the tests and the benchmark, so both talk about the same problems. */
final class BenchInstances {

    private BenchInstances() {
    }

    /**
     * The canonical generator of shared/bench/MATCHING.md: 8-dimensional uniform vectors, score = round(1000·a·b/8 +
     * 100·noise), every mentor capacity 5. Scores are kept as one row-major int[] (4 bytes a pair).
     */
    static AssignmentProblem canonical(int n, int m, long seed) {
        Random r = new Random(seed);
        double[][] a = new double[n][8];
        double[][] b = new double[m][8];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 8; k++) {
                a[i][k] = r.nextDouble();
            }
        }
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < 8; k++) {
                b[j][k] = r.nextDouble();
            }
        }
        int[] scores = new int[Math.multiplyExact(n, m)];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double dot = 0;
                for (int k = 0; k < 8; k++) {
                    dot += a[i][k] * b[j][k];
                }
                scores[i * m + j] = (int) Math.round(1000 * dot / 8 + 100 * r.nextDouble());
            }
        }
        int[] capacities = new int[m];
        Arrays.fill(capacities, 5);
        return AssignmentProblem.dense(n, m, capacities, scores);
    }

    /**
     * Mixed shapes: sizes, capacities 0–6, a few very popular mentors (a large bonus that everyone's score for them
     * gets), some forbidden pairs, and supply above, equal to or below demand, all chosen by the seed.
     */
    static AssignmentProblem mixed(long seed) {
        Random r = new Random(seed * 7919 + 17);
        int n = 200 + r.nextInt(2800);
        int m = 20 + r.nextInt(Math.max(21, n / 4));
        int[] capacities = new int[m];
        int shape = (int) (seed % 3);
        for (int j = 0; j < m; j++) {
            capacities[j] = switch (shape) {
                case 0 -> 1 + r.nextInt(6); // roughly enough places
                case 1 -> r.nextInt(3); // fewer places than mentees, some mentors with none
                default -> 2 + r.nextInt(10); // plenty of places
            };
        }
        int popular = 1 + r.nextInt(Math.max(1, m / 20));
        int[] bonus = new int[m];
        for (int p = 0; p < popular; p++) {
            bonus[r.nextInt(m)] = 300 + r.nextInt(700);
        }
        int dims = 2 + r.nextInt(6);
        double[][] a = new double[n][dims];
        double[][] b = new double[m][dims];
        for (double[] row : a) {
            for (int k = 0; k < dims; k++) {
                row[k] = r.nextDouble();
            }
        }
        for (double[] row : b) {
            for (int k = 0; k < dims; k++) {
                row[k] = r.nextDouble();
            }
        }
        double forbidden = r.nextDouble() < 0.5 ? 0 : 0.3 * r.nextDouble();
        int noise = 1 + r.nextInt(200);
        int[] scores = new int[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (r.nextDouble() < forbidden) {
                    scores[i * m + j] = Scores.FORBIDDEN;
                    continue;
                }
                double dot = 0;
                for (int k = 0; k < dims; k++) {
                    dot += a[i][k] * b[j][k];
                }
                scores[i * m + j] = (int) Math.round(1000 * dot / dims) + bonus[j] + r.nextInt(noise);
            }
        }
        return AssignmentProblem.dense(n, m, capacities, scores);
    }

    /** Small random instances for exhaustive search: n ≤ 7, m ≤ 4, capacities 0–3, narrow scores (many ties). */
    static AssignmentProblem small(Random r) {
        int n = r.nextInt(8);
        int m = r.nextInt(5);
        int[] capacities = new int[m];
        for (int j = 0; j < m; j++) {
            capacities[j] = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(3);
        }
        double forbidden = r.nextDouble() * 0.5;
        int low = r.nextBoolean() ? 0 : -10;
        int span = 1 + r.nextInt(r.nextBoolean() ? 4 : 40);
        int[] scores = new int[n * m];
        for (int p = 0; p < scores.length; p++) {
            scores[p] = r.nextDouble() < forbidden ? Scores.FORBIDDEN : low + r.nextInt(span);
        }
        return AssignmentProblem.dense(n, m, capacities, scores);
    }
}
