package org.pathway.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LatenciesTests {

    @Test
    void shouldTakeTheNearestRankPercentile() {
        Latencies latencies = new Latencies();
        IntStream.rangeClosed(1, 100).forEach(i -> latencies.add(101 - i));

        assertThat(latencies.percentile(50)).isEqualTo(50.0);
        assertThat(latencies.percentile(99)).isEqualTo(99.0);
        assertThat(latencies.summary()).isEqualTo("n=100 p50_ms=50.0 p99_ms=99.0 max_ms=100.0");
    }
}
