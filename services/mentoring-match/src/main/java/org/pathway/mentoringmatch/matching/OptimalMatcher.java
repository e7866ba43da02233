package org.pathway.mentoringmatch.matching;

import java.util.Arrays;

/**
 * Exact bulk matcher: as many mentees matched as possible, then the greatest total score, within mentor capacities,
 * never on a forbidden pair; the same input always gives the same assignment (ties go to the lower index), with a
 * {@link Certificate} of optimality over all pairs.
 *
 * <p>Cardinality first, as one weight: every allowed pair weighs {@code B + score − minScore} with
 * {@code B = min(n, Σ capacity) × (maxScore − minScore) + 1}. Two assignments of the same size differ in weight by
 * their score difference; an assignment with more pairs weighs at least {@code B} more minus a score difference of at
 * most {@code min(n, Σ capacity) × (maxScore − minScore) < B}, so it always weighs more. A maximum-weight assignment
 * is therefore lexicographically optimal (cardinality, then score).
 *
 * <p>Pruning never loses optimality: the LP of bipartite b-matching has integral optima, so potentials that are
 * dual feasible for every pair prove the assignment optimal over every pair. The matcher
 * <ol>
 * <li>estimates mentor prices with a coarse ε-scaled auction on the dense rows ({@link PriceAuction}; a heuristic,
 * it only warm-starts what follows);</li>
 * <li>builds a candidate set: each mentee's best mentors by price-adjusted score, its auction mentor, and each
 * mentor's best mentees by score;</li>
 * <li>solves exactly on the candidates by shortest augmenting paths with potentials ({@link PrimalDualEngine}),
 * starting from the prices;</li>
 * <li>scans all n×m pairs for a negative reduced cost {@code u(i) + v(j) − w(i,j) < 0}, adds each mentee's worst
 * violators, repairs the potentials and re-solves from where it was, until a scan finds nothing: that last scan is
 * the certificate.</li>
 * </ol>
 * Memory is the candidate graph plus O(n + m) arrays: scores are read row by row through {@link Scores}, never
 * copied (the benchmark keeps its scores in one int[], 80 MB for 10,000 × 2,000).
 */
public final class OptimalMatcher {

    /**
     * How wide the first candidate set is and how many violating pairs each mentee may bring in per round. Wider
     * means fewer rounds but slower solves; any values give the same, optimal answer.
     */
    public record Tuning(int menteeCandidates, int mentorCandidates, int violatorsPerMentee, int auctionBidsPerMentee,
            int auctionFirstEpsilonDivisor, int auctionLastEpsilonDivisor) {

        /**
         * Measured on the canonical 10,000 × 2,000 instance: the auction's coarse prices (ε from range/16 down to
         * range/200) leave about 2,000 short searches and one clean scan; going down to ε = 1 costs more bids than the
         * exact phase it saves.
         */
        public static final Tuning DEFAULT = new Tuning(8, 4, 6, 20, 16, 200);

        /** No price warm start: candidates by raw score, potentials from zero. */
        public static Tuning withoutAuction(int menteeCandidates, int mentorCandidates, int violatorsPerMentee) {
            return new Tuning(menteeCandidates, mentorCandidates, violatorsPerMentee, 0, 1, 1);
        }

        public Tuning {
            if (menteeCandidates < 0 || mentorCandidates < 0 || violatorsPerMentee < 1 || auctionBidsPerMentee < 0
                    || auctionFirstEpsilonDivisor < 1 || auctionLastEpsilonDivisor < auctionFirstEpsilonDivisor) {
                throw new IllegalArgumentException("invalid tuning");
            }
        }
    }

    private final Tuning tuning;

    public OptimalMatcher() {
        this(Tuning.DEFAULT);
    }

    public OptimalMatcher(Tuning tuning) {
        this.tuning = tuning;
    }

    /** An optimal assignment with its certificate. */
    public record Result(Assignment assignment, Certificate certificate) {
    }

    public Result solve(AssignmentProblem problem) {
        int n = problem.mentees();
        int m = problem.mentors();
        int[] capacity = problem.capacities();
        Scores scores = problem.scores();
        int[] row = new int[m];

        // Pass 1 over all pairs: score range and the initial candidates.
        TopK menteeTop = new TopK(1, Math.min(tuning.menteeCandidates(), m));
        TopK mentorTop = new TopK(m, Math.min(tuning.mentorCandidates(), n));
        int minScore = Integer.MAX_VALUE;
        int maxScore = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            scores.row(i, row, m);
            for (int j = 0; j < m; j++) {
                int s = row[j];
                if (s == Scores.FORBIDDEN) {
                    continue;
                }
                if (s < minScore) {
                    minScore = s;
                }
                if (s > maxScore) {
                    maxScore = s;
                }
                if (capacity[j] == 0) {
                    continue;
                }
                mentorTop.offer(j, i, s);
            }
        }
        long pairs = (long) n * m;
        if (maxScore == Integer.MIN_VALUE) {
            // nothing can be matched: all-zero potentials are a valid certificate
            return new Result(new Assignment(filled(n), 0, 0),
                    new Certificate(1, 0, new long[n], new long[m], pairs, 1, 0));
        }
        long cardinalityBound = Math.min(n, problem.totalCapacity());
        long range = (long) maxScore - minScore;
        long cardinalityWeight = cardinalityBound * range + 1;
        // the dual objective is at most (n + Σ cap) × max weight: keep it well inside a long
        if (Math.multiplyHigh(cardinalityWeight + range, 4L * (n + cardinalityBound + 1)) != 0) {
            throw new IllegalArgumentException("problem too large for exact 64-bit weights");
        }

        PrimalDualEngine engine = new PrimalDualEngine(n, m, capacity, cardinalityWeight, minScore);
        PriceAuction auction = null;
        long[] prices = new long[m];
        // the auction works in int arithmetic: only for scores of moderate magnitude
        if (tuning.auctionBidsPerMentee() > 0 && minScore > -(1 << 28) && maxScore < (1 << 28)) {
            auction = new PriceAuction(problem);
            auction.run((int) Math.max(1, range / tuning.auctionFirstEpsilonDivisor()),
                    (int) Math.max(1, range / tuning.auctionLastEpsilonDivisor()), tuning.auctionBidsPerMentee());
            prices = auction.prices();
            engine.startFrom(prices);
        }
        // Pass 2: each mentee's best mentors by price-adjusted score (by raw score without prices)
        for (int i = 0; i < n; i++) {
            scores.row(i, row, m);
            menteeTop.reset(0);
            for (int j = 0; j < m; j++) {
                int s = row[j];
                if (s != Scores.FORBIDDEN && capacity[j] > 0) {
                    menteeTop.offer(0, j, s - prices[j]);
                }
            }
            for (int j : menteeTop.items(0)) {
                engine.addPair(i, j, row[j]);
            }
            if (auction != null) {
                int j = auction.mentorOf(i);
                if (j >= 0 && !engine.hasPair(i, j)) {
                    engine.addPair(i, j, row[j]);
                }
            }
        }
        for (int j = 0; j < m; j++) {
            for (int i : mentorTop.items(j)) {
                if (!engine.hasPair(i, j)) {
                    engine.addPair(i, j, scores.score(i, j));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            engine.coverNewPairs(i);
        }
        if (auction != null) {
            for (int i = 0; i < n; i++) {
                int j = auction.mentorOf(i);
                if (j >= 0) {
                    engine.matchIfTight(i, j);
                }
            }
            auction = null;
        }

        int rounds = 0;
        TopK violators = new TopK(1, tuning.violatorsPerMentee());
        long[] v = engine.mentorPotentials();
        long[] u = engine.menteePotentials();
        while (true) {
            engine.solve();
            rounds++;
            long found = 0;
            for (int i = 0; i < n; i++) {
                scores.row(i, row, m);
                // u(i) + v(j) < B + s − minScore  ⇔  s − v(j) > u(i) − B + minScore; compare in long
                long threshold = u[i] - cardinalityWeight + minScore;
                violators.reset(0);
                boolean any = false;
                for (int j = 0; j < m; j++) {
                    int s = row[j];
                    if (s != Scores.FORBIDDEN && s - v[j] > threshold) {
                        if (capacity[j] == 0) {
                            // a mentor with no place: raising v(j) costs the dual nothing and changes no path
                            v[j] = s - threshold;
                        }
                        else {
                            violators.offer(0, j, s - v[j]);
                            any = true;
                        }
                    }
                }
                if (any) {
                    for (int j : violators.items(0)) {
                        engine.addPair(i, j, row[j]);
                        found++;
                    }
                    engine.coverNewPairs(i);
                }
            }
            if (found == 0) {
                break;
            }
        }
        int[] mentorOf = engine.mentorOf();
        long total = 0;
        int matched = 0;
        for (int i = 0; i < n; i++) {
            if (mentorOf[i] >= 0) {
                matched++;
                total += scores.score(i, mentorOf[i]);
            }
        }
        Certificate certificate = new Certificate(cardinalityWeight, minScore, u, v, pairs, rounds,
                engine.candidatePairs());
        return new Result(new Assignment(mentorOf, matched, total), certificate);
    }

    private static int[] filled(int n) {
        int[] unmatched = new int[n];
        Arrays.fill(unmatched, Assignment.UNMATCHED);
        return unmatched;
    }
}
