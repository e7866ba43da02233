package org.pathway.mentoringmatch.matching;

/**
 * Proof that an assignment is optimal over every pair, not only over the candidates the solver looked at.
 *
 * <p>The solver maximizes the lexicographic weight {@code w(i,j) = cardinalityWeight + score(i,j) - scoreOffset}
 * in the b-matching LP {@code max Σ w·x  s.t. Σ_j x(i,j) ≤ 1, Σ_i x(i,j) ≤ capacity(j), x ≥ 0}. Its dual is
 * {@code min Σ u(i) + Σ capacity(j)·v(j)  s.t. u(i) + v(j) ≥ w(i,j) for every allowed pair, u, v ≥ 0}. An integral
 * assignment whose weight equals the dual objective of non-negative, feasible potentials is optimal (weak duality),
 * and since {@code cardinalityWeight} exceeds any score difference between two assignments, an assignment of maximum
 * weight matches as many mentees as possible and, among those, has the greatest total score.
 *
 * @param cardinalityWeight the constant added to every pair's weight (greater than min(n, Σ capacity) × score range)
 * @param scoreOffset       subtracted from every score so that weights are at least {@code cardinalityWeight}
 * @param menteePotentials  u(i), one per mentee
 * @param mentorPotentials  v(j), one per mentor
 * @param pairsScanned      allowed and forbidden pairs examined by the solver's final reduced-cost scan (all n×m)
 * @param rounds            solve–scan rounds until the scan found no pair with a negative reduced cost
 * @param candidatePairs    pairs in the pruned candidate set the last round was solved on
 */
public record Certificate(long cardinalityWeight, int scoreOffset, long[] menteePotentials, long[] mentorPotentials,
        long pairsScanned, int rounds, long candidatePairs) {

    public Certificate {
        menteePotentials = menteePotentials.clone();
        mentorPotentials = mentorPotentials.clone();
    }

    @Override
    public long[] menteePotentials() {
        return menteePotentials.clone();
    }

    @Override
    public long[] mentorPotentials() {
        return mentorPotentials.clone();
    }

    public long weight(int score) {
        return cardinalityWeight + score - scoreOffset;
    }

    /** Σ u(i) + Σ capacity(j)·v(j): an upper bound on the weight of every assignment. */
    public long dualObjective(AssignmentProblem problem) {
        long total = 0;
        for (long u : menteePotentials) {
            total = Math.addExact(total, u);
        }
        for (int j = 0; j < mentorPotentials.length; j++) {
            total = Math.addExact(total, Math.multiplyExact(problem.capacity(j), mentorPotentials[j]));
        }
        return total;
    }

    /** What an independent check of this certificate against the assignment found. */
    public record Verdict(boolean optimal, long negativeReducedCosts, String reason) {
    }

    /**
     * Re-checks the whole claim from the problem alone: the assignment is feasible, the potentials are non-negative
     * and leave no allowed pair with a negative reduced cost (a scan of all n×m pairs), the cardinality weight
     * dominates the score range, and primal and dual objectives are equal.
     */
    public Verdict verify(AssignmentProblem problem, Assignment assignment) {
        int n = problem.mentees();
        int m = problem.mentors();
        if (menteePotentials.length != n || mentorPotentials.length != m) {
            return new Verdict(false, 0, "potentials do not match the problem size");
        }
        Assignment checked;
        try {
            checked = Assignment.of(problem, assignment.mentorOf());
        }
        catch (IllegalArgumentException infeasible) {
            return new Verdict(false, 0, "assignment infeasible: " + infeasible.getMessage());
        }
        for (long u : menteePotentials) {
            if (u < 0) {
                return new Verdict(false, 0, "negative mentee potential");
            }
        }
        for (long v : mentorPotentials) {
            if (v < 0) {
                return new Verdict(false, 0, "negative mentor potential");
            }
        }
        int[] row = new int[m];
        long negative = 0;
        int maxScore = Integer.MIN_VALUE;
        int minScore = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            problem.scores().row(i, row, m);
            long u = menteePotentials[i];
            for (int j = 0; j < m; j++) {
                int s = row[j];
                if (s == Scores.FORBIDDEN) {
                    continue;
                }
                maxScore = Math.max(maxScore, s);
                minScore = Math.min(minScore, s);
                if (u + mentorPotentials[j] < weight(s)) {
                    negative++;
                }
            }
        }
        if (negative > 0) {
            return new Verdict(false, negative, negative + " pairs with a negative reduced cost");
        }
        if (maxScore != Integer.MIN_VALUE) {
            long cardinalityBound = Math.min(n, problem.totalCapacity());
            if (scoreOffset > minScore
                    || cardinalityWeight <= cardinalityBound * ((long) maxScore - scoreOffset)) {
                return new Verdict(false, 0, "cardinality weight does not dominate the score range");
            }
        }
        long primal = (long) checked.matched() * (cardinalityWeight - scoreOffset) + checked.totalScore();
        long dual;
        try {
            dual = dualObjective(problem);
        }
        catch (ArithmeticException overflow) {
            return new Verdict(false, 0, "dual objective overflows");
        }
        if (primal != dual) {
            return new Verdict(false, 0, "primal " + primal + " differs from dual " + dual);
        }
        return new Verdict(true, 0, "optimal: primal equals dual and no pair has a negative reduced cost");
    }

    @Override
    public String toString() {
        return "Certificate[rounds=" + rounds + ", candidatePairs=" + candidatePairs + ", pairsScanned="
                + pairsScanned + "]";
    }
}
