package org.pathway.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The broker SIGKILLed five times while 10,000 events flow from the portfolio (2,000 activities, each recorded and
 * revised four times, by 200 faculty members) to promotion-review's evidence projection.
 */
class BrokerCrashFault {

    private static final int ACTIVITIES = 2_000;
    private static final int REVISIONS = 5;
    private static final int KILLS = 5;

    @Test
    void shouldLoseAndDuplicateNothingAndKeepOrderWhenTheBrokerIsKilledFiveTimes() {
        ProofPlatform platform = ProofPlatform.shared();
        String run = FaultChecks.run("broker-kill");
        List<String> faculty = IntStream.range(0, 200).mapToObj(i -> platform.faculty("northbridge")).toList();
        DeliveryLedger ledger = new DeliveryLedger();
        AtomicInteger written = new AtomicInteger();
        long begin = System.nanoTime();

        List<Future<?>> chains = FaultChecks.writeChains(platform, run, faculty, ACTIVITIES, REVISIONS, 8, ledger,
                written::incrementAndGet);
        for (int kill = 1; kill <= KILLS; kill++) {
            int at = kill * ACTIVITIES * REVISIONS / (KILLS + 1);
            FaultChecks.awaitTrue(Duration.ofMinutes(10), at + " writes acknowledged",
                    () -> written.get() >= at || chains.stream().allMatch(Future::isDone));
            platform.kafka().kill();
            FaultChecks.sleep(Duration.ofSeconds(2));
            platform.kafka().restart();
        }
        FaultChecks.awaitAll(chains);
        Duration writing = Duration.ofNanos(System.nanoTime() - begin);
        long lagAtLastWrite = BrokerView.lag(platform.kafka().bootstrapServers(), ProofPlatform.PROMOTION_REVIEW_GROUP,
                ProofPlatform.ACTIVITIES);
        Duration recovery = FaultChecks.settle(platform, run, ACTIVITIES, Duration.ofMinutes(5));
        DeliveryLedger.Outcome outcome = FaultChecks.outcome(platform, ledger);

        System.out.println(outcome.line("broker-kill", "kills=" + KILLS + " write_s=" + FaultChecks.seconds(writing)
                + " lag_at_last_write=" + lagAtLastWrite + " lag_zero_after_s=" + FaultChecks.seconds(recovery)
                + " goal_lag_zero_s=60"));
        assertThat(outcome.sent()).isEqualTo(ACTIVITIES * REVISIONS);
        assertThat(outcome.lost()).isZero();
        assertThat(outcome.duplicated()).isZero();
        // How fast the lag returns to 0 is a performance goal, printed and kept in docs/performance.md; settle() above
        // only bounds it (5 minutes), so a consumer that stopped for good still fails the test.
        assertThat(outcome.misordered()).isZero();
    }
}
