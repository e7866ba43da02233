package org.pathway.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The MongoDB wire server restarted on its H2 file under running services: every acknowledged write is still there. */
class MongoRestartFault {

    private static final int ACTIVITIES = 200;

    @Test
    void shouldKeepEveryAcknowledgedWriteAcrossAWireServerRestart() {
        ProofPlatform platform = ProofPlatform.shared();
        String run = FaultChecks.run("mongo-restart");
        String token = platform.faculty("northbridge");
        DeliveryLedger ledger = new DeliveryLedger();
        FaultChecks.awaitAll(FaultChecks.writeChains(platform, run, List.of(token), ACTIVITIES, 1, 4, ledger, () -> { }));

        platform.restartMongo();
        FaultChecks.awaitTrue(Duration.ofSeconds(60), "the portfolio answering again",
                () -> platform.portfolio().mine(token).statusCode() == 200);
        Set<String> present = JsonMapper.builder().build().readTree(platform.portfolio().mine(token).body()).valueStream()
                .map(activity -> activity.path("id").asString()).collect(Collectors.toSet());
        long lostWrites = ledger.aggregates().stream().filter(id -> !present.contains(id)).count();
        FaultChecks.settle(platform, run, ACTIVITIES, Duration.ofMinutes(2));
        DeliveryLedger.Outcome outcome = FaultChecks.outcome(platform, ledger);

        System.out.println(outcome.line("mongo-restart", "acknowledged_writes=" + ACTIVITIES + " present_after_restart="
                + (ACTIVITIES - lostWrites) + " lost_writes=" + lostWrites));
        assertThat(lostWrites).isZero();
        assertThat(outcome.lost()).isZero();
        assertThat(outcome.duplicated()).isZero();
    }
}
