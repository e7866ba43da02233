package org.pathway.portfolio.bench;

import java.util.Arrays;

/** Timings of one benchmark, in nanoseconds, reported in milliseconds. */
final class Samples {

    private final long[] nanos;
    private int size;

    Samples(int capacity) {
        nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[size++] = elapsedNanos;
    }

    /** The nearest-rank percentile, e.g. 50 for the median. */
    double percentileMs(double percentile) {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1_000_000.0;
    }

    int size() {
        return size;
    }
}
