package org.pathway.mentoringmatch.matching;

import java.util.Arrays;

/**
 * Exact max-weight b-matching on a growing set of candidate pairs, by shortest augmenting paths (Dijkstra on reduced
 * costs), keeping LP dual potentials throughout.
 *
 * <p>Invariants between searches, for every candidate pair: {@code u(i) + v(j) ≥ w(i,j)} (dual feasibility), equality
 * on matched pairs, {@code u, v ≥ 0}. The remaining complementary-slackness conditions, "u(i) > 0 only if i is
 * matched" and "v(j) > 0 only if j is full", may be broken: such mentees and mentors are the imbalances. Each search
 * starts from one imbalance and either augments (one more pair), or shifts a path so that a node whose potential has
 * dropped to zero gives its place up; it never creates a new imbalance, so one pass over the imbalances ends with a
 * primal–dual pair satisfying all of LP complementary slackness on the candidate set.
 *
 * <p>Adding pairs that violate dual feasibility (found by the full scan) is repaired by raising the mentee's potential
 * to cover them and unmatching it (its old pair is no longer tight): the rest of the matching and all other
 * potentials are kept, which is the warm start.
 */
final class PrimalDualEngine {

    private static final int NONE = -1;

    private final int n;
    private final int m;
    private final int[] capacity;
    private final long cardinalityWeight;
    private final int scoreOffset;

    // candidate pairs, stored from both sides with their scores
    private final int[][] menteeAdj;
    private final int[][] menteeScore;
    private final int[] menteeDegree;
    private final int[][] mentorAdj;
    private final int[][] mentorScore;
    private final int[] mentorDegree;
    private long candidatePairs;

    // primal: mentorOf and, per mentor, its mentees (unordered) with each mentee's slot index
    private final int[] mentorOf;
    private final int[][] slots;
    private final int[] load;
    private final int[] slotIndex;

    // dual
    private final long[] u;
    private final long[] v;

    // shortest-path scratch, reused by every search
    private final long[] menteeDistance;
    private final long[] mentorDistance;
    private final int[] menteeSettled;
    private final int[] mentorSettled;
    private final int[] menteeReachedFrom;
    private final int[] mentorReachedFrom;
    private final int[] settledMentees;
    private final int[] settledMentors;
    private int settledMenteeCount;
    private int settledMentorCount;
    private int generation;
    private final IndexedMinHeap mentorHeap;
    private final IndexedMinHeap menteeHeap;

    private long searches;

    PrimalDualEngine(int n, int m, int[] capacity, long cardinalityWeight, int scoreOffset) {
        this.n = n;
        this.m = m;
        this.capacity = capacity;
        this.cardinalityWeight = cardinalityWeight;
        this.scoreOffset = scoreOffset;
        menteeAdj = new int[n][];
        menteeScore = new int[n][];
        menteeDegree = new int[n];
        mentorAdj = new int[m][];
        mentorScore = new int[m][];
        mentorDegree = new int[m];
        for (int i = 0; i < n; i++) {
            menteeAdj[i] = new int[4];
            menteeScore[i] = new int[4];
        }
        for (int j = 0; j < m; j++) {
            mentorAdj[j] = new int[8];
            mentorScore[j] = new int[8];
        }
        mentorOf = new int[n];
        Arrays.fill(mentorOf, NONE);
        slots = new int[m][];
        for (int j = 0; j < m; j++) {
            slots[j] = new int[Math.max(1, Math.min(capacity[j], 8))];
        }
        load = new int[m];
        slotIndex = new int[n];
        u = new long[n];
        v = new long[m];
        menteeDistance = new long[n];
        mentorDistance = new long[m];
        menteeSettled = new int[n];
        mentorSettled = new int[m];
        menteeReachedFrom = new int[n];
        mentorReachedFrom = new int[m];
        settledMentees = new int[n];
        settledMentors = new int[m];
        mentorHeap = new IndexedMinHeap(m);
        menteeHeap = new IndexedMinHeap(n);
    }

    long weight(int score) {
        return cardinalityWeight + score - scoreOffset;
    }

    long candidatePairs() {
        return candidatePairs;
    }

    long searches() {
        return searches;
    }

    long menteePotential(int i) {
        return u[i];
    }

    long mentorPotential(int j) {
        return v[j];
    }

    long[] menteePotentials() {
        return u;
    }

    long[] mentorPotentials() {
        return v;
    }

    int[] mentorOf() {
        return mentorOf;
    }

    /** Starts from given mentor potentials (before any pair is added): a warm start, correct for any v ≥ 0. */
    void startFrom(long[] mentorPotentials) {
        System.arraycopy(mentorPotentials, 0, v, 0, m);
    }

    /** Matches i to j if both are free, j has room and the candidate pair (i, j) is tight. */
    void matchIfTight(int i, int j) {
        if (mentorOf[i] != NONE || load[j] >= capacity[j]) {
            return;
        }
        int[] adj = menteeAdj[i];
        for (int k = 0, d = menteeDegree[i]; k < d; k++) {
            if (adj[k] == j) {
                if (u[i] + v[j] == weight(menteeScore[i][k])) {
                    assign(i, j);
                }
                return;
            }
        }
    }

    boolean hasPair(int i, int j) {
        int[] adj = menteeAdj[i];
        for (int k = 0, d = menteeDegree[i]; k < d; k++) {
            if (adj[k] == j) {
                return true;
            }
        }
        return false;
    }

    /** Adds a pair that is not yet a candidate. Call {@link #coverNewPairs} before the next {@link #solve}. */
    void addPair(int i, int j, int score) {
        int d = menteeDegree[i];
        if (d == menteeAdj[i].length) {
            menteeAdj[i] = Arrays.copyOf(menteeAdj[i], d * 2);
            menteeScore[i] = Arrays.copyOf(menteeScore[i], d * 2);
        }
        menteeAdj[i][d] = j;
        menteeScore[i][d] = score;
        menteeDegree[i] = d + 1;
        int e = mentorDegree[j];
        if (e == mentorAdj[j].length) {
            mentorAdj[j] = Arrays.copyOf(mentorAdj[j], e * 2);
            mentorScore[j] = Arrays.copyOf(mentorScore[j], e * 2);
        }
        mentorAdj[j][e] = i;
        mentorScore[j][e] = score;
        mentorDegree[j] = e + 1;
        candidatePairs++;
    }

    /**
     * Restores dual feasibility for mentee i after pairs were added to it: u(i) rises to cover its best pair, and if
     * that left its matched pair slack the mentee is unmatched (it becomes an imbalance that the next solve handles).
     */
    void coverNewPairs(int i) {
        long needed = u[i];
        int[] adj = menteeAdj[i];
        int[] score = menteeScore[i];
        for (int k = 0, d = menteeDegree[i]; k < d; k++) {
            needed = Math.max(needed, weight(score[k]) - v[adj[k]]);
        }
        if (needed > u[i]) {
            u[i] = needed;
            if (mentorOf[i] != NONE) {
                unassign(i);
            }
        }
    }

    /** Resolves every imbalance: afterwards matching and potentials are optimal on the candidate set. */
    void solve() {
        for (int i = 0; i < n; i++) {
            if (mentorOf[i] == NONE && u[i] > 0) {
                searchFromMentee(i);
            }
        }
        for (int j = 0; j < m; j++) {
            while (load[j] < capacity[j] && v[j] > 0) {
                searchFromMentor(j);
            }
        }
    }

    // ---- primal moves ----

    private void assign(int i, int j) {
        int k = load[j];
        if (k == slots[j].length) {
            slots[j] = Arrays.copyOf(slots[j], k * 2);
        }
        slots[j][k] = i;
        slotIndex[i] = k;
        load[j] = k + 1;
        mentorOf[i] = j;
    }

    private void unassign(int i) {
        int j = mentorOf[i];
        int k = slotIndex[i];
        int last = --load[j];
        int moved = slots[j][last];
        slots[j][k] = moved;
        slotIndex[moved] = k;
        mentorOf[i] = NONE;
    }

    private void move(int i, int to) {
        if (mentorOf[i] != NONE) {
            unassign(i);
        }
        assign(i, to);
    }

    // ---- searches ----

    private void newSearch() {
        searches++;
        if (++generation == Integer.MAX_VALUE) {
            Arrays.fill(menteeSettled, 0);
            Arrays.fill(mentorSettled, 0);
            generation = 1;
        }
        settledMenteeCount = 0;
        settledMentorCount = 0;
    }

    private void settleMentee(int i, long distance) {
        menteeSettled[i] = generation;
        menteeDistance[i] = distance;
        settledMentees[settledMenteeCount++] = i;
    }

    private void settleMentor(int j, long distance) {
        mentorSettled[j] = generation;
        mentorDistance[j] = distance;
        settledMentors[settledMentorCount++] = j;
    }

    /**
     * Unmatched mentee r with u(r) > 0. Alternating paths go mentee → mentor over an unmatched pair (cost: its reduced
     * cost) and mentor → each of its mentees (cost 0: matched pairs are tight). The search ends at the cheaper of a
     * mentor with a free place (augment) or a settled mentee whose potential would reach zero first (it gives its
     * place up, or r itself stays unmatched with u(r) = 0).
     */
    private void searchFromMentee(int r) {
        newSearch();
        mentorHeap.clear();
        long best = u[r];
        int targetMentee = r;
        int targetMentor = NONE;
        settleMentee(r, 0);
        relaxFromMentee(r, 0);
        while (!mentorHeap.isEmpty()) {
            long d = mentorHeap.minKey();
            if (d >= best) {
                break;
            }
            int j = mentorHeap.poll();
            settleMentor(j, d);
            if (load[j] < capacity[j]) {
                best = d;
                targetMentor = j;
                break;
            }
            int[] mentees = slots[j];
            for (int k = 0, l = load[j]; k < l; k++) {
                int i = mentees[k];
                settleMentee(i, d);
                long drop = d + u[i];
                if (drop < best) {
                    best = drop;
                    targetMentee = i;
                }
                relaxFromMentee(i, d);
            }
        }
        for (int k = 0; k < settledMenteeCount; k++) {
            int i = settledMentees[k];
            u[i] -= best - menteeDistance[i];
        }
        for (int k = 0; k < settledMentorCount; k++) {
            int j = settledMentors[k];
            v[j] += best - mentorDistance[j];
        }
        int j;
        if (targetMentor != NONE) {
            j = targetMentor;
        }
        else if (targetMentee != r) {
            j = mentorOf[targetMentee];
            unassign(targetMentee);
        }
        else {
            return;
        }
        while (true) {
            int i = mentorReachedFrom[j];
            int previous = mentorOf[i];
            move(i, j);
            if (i == r) {
                return;
            }
            j = previous;
        }
    }

    private void relaxFromMentee(int i, long d) {
        int[] adj = menteeAdj[i];
        int[] score = menteeScore[i];
        long base = d + u[i];
        int own = mentorOf[i];
        for (int k = 0, deg = menteeDegree[i]; k < deg; k++) {
            int j = adj[k];
            if (j == own || mentorSettled[j] == generation) {
                continue;
            }
            long nd = base + v[j] - weight(score[k]);
            if (mentorHeap.offer(j, nd)) {
                mentorReachedFrom[j] = i;
            }
        }
    }

    /**
     * Mentor r with a free place and v(r) > 0. Paths go mentor → mentee over an unmatched pair (the mentor takes the
     * mentee) and mentee → its own mentor at cost 0 (the mentee leaves it). A settled mentor's own mentees are settled
     * with it so that its matched pairs stay tight. The search ends at an unmatched mentee (augment) or at a settled
     * mentor whose potential would reach zero first (it gives up a mentee; or r keeps its free place with v(r) = 0).
     */
    private void searchFromMentor(int r) {
        newSearch();
        menteeHeap.clear();
        long best = v[r];
        int targetMentor = r;
        int targetMentee = NONE;
        settleMentorWithMentees(r, 0);
        relaxFromMentor(r, 0);
        while (!menteeHeap.isEmpty()) {
            long d = menteeHeap.minKey();
            if (d >= best) {
                break;
            }
            int i = menteeHeap.poll();
            settleMentee(i, d);
            int j = mentorOf[i];
            if (j == NONE) {
                best = d;
                targetMentee = i;
                break;
            }
            // j is not settled: settling j would have settled i with it
            mentorReachedFrom[j] = i;
            settleMentorWithMentees(j, d);
            long drop = d + v[j];
            if (drop < best) {
                best = drop;
                targetMentor = j;
            }
            relaxFromMentor(j, d);
        }
        for (int k = 0; k < settledMenteeCount; k++) {
            int i = settledMentees[k];
            u[i] += best - menteeDistance[i];
        }
        for (int k = 0; k < settledMentorCount; k++) {
            int j = settledMentors[k];
            v[j] -= best - mentorDistance[j];
        }
        int i;
        if (targetMentee != NONE) {
            i = targetMentee;
        }
        else if (targetMentor != r) {
            i = mentorReachedFrom[targetMentor];
        }
        else {
            return;
        }
        while (true) {
            int j = menteeReachedFrom[i];
            move(i, j);
            if (j == r) {
                return;
            }
            i = mentorReachedFrom[j];
        }
    }

    private void settleMentorWithMentees(int j, long d) {
        settleMentor(j, d);
        int[] mentees = slots[j];
        for (int k = 0, l = load[j]; k < l; k++) {
            int i = mentees[k];
            if (menteeSettled[i] != generation) {
                menteeHeap.remove(i);
                settleMentee(i, d);
            }
        }
    }

    private void relaxFromMentor(int j, long d) {
        int[] adj = mentorAdj[j];
        int[] score = mentorScore[j];
        long base = d + v[j];
        for (int k = 0, deg = mentorDegree[j]; k < deg; k++) {
            int i = adj[k];
            if (menteeSettled[i] == generation || mentorOf[i] == j) {
                continue;
            }
            long nd = base + u[i] - weight(score[k]);
            if (menteeHeap.offer(i, nd)) {
                menteeReachedFrom[i] = j;
            }
        }
    }
}
