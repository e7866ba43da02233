package org.pathway.proofs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Latency samples in milliseconds and their percentiles (nearest rank). */
final class Latencies {

    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

    void add(double sample) {
        millis.add(sample);
    }

    int count() {
        return millis.size();
    }

    double percentile(double p) {
        List<Double> sorted;
        synchronized (millis) {
            sorted = new ArrayList<>(millis);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** {@code n=.. p50_ms=.. p99_ms=.. max_ms=..} */
    String summary() {
        return "n=" + count() + " p50_ms=" + format(percentile(50)) + " p99_ms=" + format(percentile(99)) + " max_ms="
                + format(percentile(100));
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
