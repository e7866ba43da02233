package org.pathway.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DeliveryLedgerTests {

    @Test
    void shouldCountARedeliveryAsRedeliveredNotAsADuplicateEffect() {
        DeliveryLedger ledger = new DeliveryLedger();
        ledger.written("a1", 2);
        ledger.carried("a1", "e1", 1);
        ledger.carried("a1", "e1", 1);
        ledger.carried("a1", "e2", 2);

        DeliveryLedger.Outcome outcome = ledger.outcome(List.of("e1", "e2"));

        assertThat(outcome).isEqualTo(new DeliveryLedger.Outcome(2, 2, 0, 0, 1, 0));
    }

    @Test
    void shouldCountAWrittenRevisionNeverAppliedAsLost() {
        DeliveryLedger ledger = new DeliveryLedger();
        ledger.written("a1", 3);
        ledger.carried("a1", "e1", 1);
        ledger.carried("a1", "e2", 2);

        DeliveryLedger.Outcome outcome = ledger.outcome(List.of("e1"));

        assertThat(outcome.lost()).isEqualTo(2);
        assertThat(outcome.applied()).isEqualTo(1);
    }

    @Test
    void shouldCountALaterRevisionCarriedFirstAsMisordered() {
        DeliveryLedger ledger = new DeliveryLedger();
        ledger.written("a1", 2);
        ledger.carried("a1", "e2", 2);
        ledger.carried("a1", "e1", 1);

        assertThat(ledger.outcome(List.of("e1", "e2")).misordered()).isEqualTo(1);
    }

    @Test
    void shouldCountAnEffectAppliedTwiceOrARevisionUnderTwoIdsAsDuplicated() {
        DeliveryLedger ledger = new DeliveryLedger();
        ledger.written("a1", 1);
        ledger.carried("a1", "e1", 1);
        ledger.carried("a1", "e1-copy", 1);

        assertThat(ledger.outcome(List.of("e1", "e1")).duplicated()).isEqualTo(2);
    }

    @Test
    void shouldPrintTheCountsOnOneFaultLine() {
        assertThat(new DeliveryLedger.Outcome(10, 9, 1, 0, 2, 0).line("broker-kill", "recovery_s=3.2"))
                .isEqualTo("FAULT broker-kill sent=10 applied=9 lost=1 duplicated=0 redelivered=2 misordered=0 recovery_s=3.2");
    }
}
