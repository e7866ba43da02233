package org.pathway.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The portfolio killed (kill -9) right after acknowledged writes whose events it could not publish (the broker was
 * down): the events wait in the documents' outboxes and the restarted service's sweep publishes them.
 */
class WriteThenCrashFault {

    private static final int ACTIVITIES = 8;

    @Test
    void shouldPublishEveryPendingEventAfterTheServiceRestarts() {
        ProofPlatform platform = ProofPlatform.shared();
        String run = FaultChecks.run("write-then-crash");
        List<String> faculty = IntStream.range(0, 2).mapToObj(i -> platform.faculty("lakeside")).toList();
        // Their profiles exist before the broker goes (a first activity creates one, with an event of its own), so each
        // write below waits for one failed publish only.
        faculty.forEach(token -> platform.portfolio().record(token, "before the outage"));
        DeliveryLedger ledger = new DeliveryLedger();

        platform.kafka().kill();
        long begin = System.nanoTime();
        FaultChecks.awaitAll(FaultChecks.writeChains(platform, run, faculty, ACTIVITIES, 1, 8, ledger, () -> { }));
        Duration writing = Duration.ofNanos(System.nanoTime() - begin);
        long pendingAtKill = FaultChecks.pendingOutboxes(platform, run);
        platform.killPortfolio();
        platform.kafka().restart();
        platform.restartPortfolio();
        Duration recovery = FaultChecks.settle(platform, run, ACTIVITIES, Duration.ofMinutes(2));
        DeliveryLedger.Outcome outcome = FaultChecks.outcome(platform, ledger);

        System.out.println(outcome.line("write-then-crash", "pending_at_kill=" + pendingAtKill
                + " writes_with_broker_down_s=" + FaultChecks.seconds(writing) + " published_after_restart_s=" + FaultChecks.seconds(recovery)));
        assertThat(pendingAtKill).as("events still in the outboxes when the service died").isEqualTo(ACTIVITIES);
        assertThat(outcome.sent()).isEqualTo(ACTIVITIES);
        assertThat(outcome.lost()).isZero();
        assertThat(outcome.duplicated()).isZero();
    }
}
