package org.pathway.mentoringmatch.matching;

/**
 * Integer compatibility scores of every mentee–mentor pair, read on demand so that a solver never has to
 * materialize an n×m matrix of its own. A pair that must never be matched scores {@link #FORBIDDEN}.
 */
@FunctionalInterface
public interface Scores {

    /** Marks a pair that may not be matched (a conflict of interest, a mentor who does not accept the kind, ...). */
    int FORBIDDEN = Integer.MIN_VALUE;

    int score(int mentee, int mentor);

    /**
     * Writes the scores of one mentee against every mentor into {@code into[0..mentors)}. Solvers scan all pairs
     * row by row through this method, so a dense implementation should override it with a bulk copy.
     */
    default void row(int mentee, int[] into, int mentors) {
        for (int j = 0; j < mentors; j++) {
            into[j] = score(mentee, j);
        }
    }

    /**
     * Scores held in one row-major {@code int[]} (4 bytes a pair: 80 MB for 10,000 × 2,000), with
     * {@link #FORBIDDEN} entries for forbidden pairs.
     */
    static Scores dense(int mentors, int[] rowMajor) {
        return new DenseScores(mentors, rowMajor);
    }

    record DenseScores(int mentors, int[] rowMajor) implements Scores {

        public DenseScores {
            if (mentors < 0 || (mentors > 0 && rowMajor.length % mentors != 0)) {
                throw new IllegalArgumentException("row-major scores do not fit " + mentors + " mentors");
            }
        }

        @Override
        public int score(int mentee, int mentor) {
            return rowMajor[mentee * mentors + mentor];
        }

        @Override
        public void row(int mentee, int[] into, int count) {
            System.arraycopy(rowMajor, mentee * mentors, into, 0, count);
        }
    }
}
