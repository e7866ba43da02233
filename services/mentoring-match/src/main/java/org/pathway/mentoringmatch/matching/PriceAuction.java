package org.pathway.mentoringmatch.matching;

import java.util.Arrays;

/**
 * Approximate mentor prices by a Gauss–Seidel auction with ε-scaling (Bertsekas), used only to warm-start the exact
 * solver: to choose each mentee's candidates by price-adjusted score and to start the dual potentials near their
 * final values. Nothing here affects correctness, so the auction stops early when its work budget runs out.
 *
 * <p>A mentor's places are identical objects with their own prices; a mentee bids on the cheapest place of the mentor
 * with the best {@code score − price}, raising it by the margin over its second-best option (another mentor, the
 * mentor's next place, or staying unmatched at value 0) plus ε, and evicts the previous holder.
 */
final class PriceAuction {

    private static final int NONE = -1;
    /** Price of a mentor without places: high enough that no score minus it is ever worth bidding. */
    private static final int NO_PLACE = 1 << 30;

    private final AssignmentProblem problem;
    private final int n;
    private final int m;
    private final int[] price;
    private final long[][] placePrice;
    private final int[][] placeHolder;
    private final int[] mentorOf;
    private final int[] row;
    private final int[] dense;

    PriceAuction(AssignmentProblem problem) {
        this.problem = problem;
        n = problem.mentees();
        m = problem.mentors();
        price = new int[m];
        placePrice = new long[m][];
        placeHolder = new int[m][];
        for (int j = 0; j < m; j++) {
            int places = Math.min(problem.capacity(j), n);
            placePrice[j] = new long[places];
            placeHolder[j] = new int[places];
        }
        mentorOf = new int[n];
        row = new int[m];
        dense = problem.scores() instanceof Scores.DenseScores d ? d.rowMajor() : null;
        for (int j = 0; j < m; j++) {
            if (placePrice[j].length == 0) {
                price[j] = NO_PLACE;
            }
        }
    }

    /** Runs ε-scaling phases from {@code initialEpsilon} down to {@code finalEpsilon}; each phase may spend at most bidsPerMentee × n bids. */
    void run(int initialEpsilon, int finalEpsilon, int bidsPerMentee) {
        int[] queue = new int[n];
        int last = Math.max(1, finalEpsilon);
        for (int epsilon = Math.max(last, initialEpsilon); ; epsilon = Math.max(last, epsilon / 4)) {
            boolean completed = phase(epsilon, (long) bidsPerMentee * n, queue);
            if (!completed || epsilon == last) {
                return;
            }
        }
    }


    /** Mentor prices (≥ 0), the minimum over each mentor's places. */
    long[] prices() {
        long[] prices = new long[m];
        for (int j = 0; j < m; j++) {
            prices[j] = price[j];
        }
        return prices;
    }

    int mentorOf(int mentee) {
        return mentorOf[mentee];
    }

    private boolean phase(int epsilon, long budget, int[] queue) {
        Arrays.fill(mentorOf, NONE);
        for (int j = 0; j < m; j++) {
            Arrays.fill(placeHolder[j], NONE);
        }
        int head = 0;
        int size = n;
        for (int i = 0; i < n; i++) {
            queue[i] = i;
        }
        Scores scores = problem.scores();
        long bids = 0;
        while (size > 0) {
            if (++bids > budget) {
                return false;
            }
            int i = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            size--;
            int[] scoresOfI;
            int base;
            if (dense != null) {
                scoresOfI = dense;
                base = i * m;
            }
            else {
                scores.row(i, row, m);
                scoresOfI = row;
                base = 0;
            }
            // prices stay far below 2^30 (at most max score + ε), so int arithmetic cannot overflow here
            int best = Integer.MIN_VALUE;
            int second = 0; // staying unmatched is worth 0
            int bestMentor = NONE;
            int[] price = this.price;
            for (int j = 0; j < m; j++) {
                int s = scoresOfI[base + j];
                if (s == Scores.FORBIDDEN) {
                    continue;
                }
                int value = s - price[j];
                if (value > second) {
                    if (value > best) {
                        second = Math.max(best, second);
                        best = value;
                        bestMentor = j;
                    }
                    else {
                        second = value;
                    }
                }
            }
            if (bestMentor == NONE) {
                // no mentor is worth more than staying unmatched at these prices
                continue;
            }
            long[] prices = placePrice[bestMentor];
            long runnerUp = second;
            if (prices.length > 1) {
                runnerUp = Math.max(runnerUp, (long) scoresOfI[base + bestMentor] - prices[1]);
            }
            long bid = prices[0] + (best - runnerUp) + epsilon;
            int evicted = placeHolder[bestMentor][0];
            if (evicted != NONE) {
                mentorOf[evicted] = NONE;
                int tail = head + size;
                queue[tail >= n ? tail - n : tail] = evicted;
                size++;
            }
            placeAt(bestMentor, bid, i);
            mentorOf[i] = bestMentor;
        }
        return true;
    }

    /** Replaces the cheapest place with (bid, mentee), keeping the places sorted by price. */
    private void placeAt(int j, long bid, int mentee) {
        long[] prices = placePrice[j];
        int[] holders = placeHolder[j];
        int at = 0;
        while (at + 1 < prices.length && prices[at + 1] < bid) {
            prices[at] = prices[at + 1];
            holders[at] = holders[at + 1];
            at++;
        }
        prices[at] = bid;
        holders[at] = mentee;
        price[j] = (int) Math.min(Integer.MAX_VALUE, prices[0]);
    }
}
