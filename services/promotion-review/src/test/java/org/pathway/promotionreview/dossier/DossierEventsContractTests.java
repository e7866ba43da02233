package org.pathway.promotionreview.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.promotionreview.dossier.DossierFixtures.CHAIR;
import static org.pathway.promotionreview.dossier.DossierFixtures.REVIEWER;
import static org.pathway.promotionreview.dossier.DossierFixtures.T0;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.kit.events.OutboxEvent;

import tools.jackson.databind.json.JsonMapper;

/**
 * Producer side of the five {@code promotion.dossiers} contracts: every event a dossier really records in its outbox
 * through a whole workflow, serialized as the relay writes it, conforms to its schema (the IT checks them off Kafka).
 */
class DossierEventsContractTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void shouldRecordEveryWorkflowEventConformingToItsContract() {
        Dossier dossier = DossierFixtures.underReview();
        java.time.Instant deadline = T0.plus(Duration.ofDays(30));
        dossier.requestLetter("let-1", "Prof. Ines Okafor", "ines.okafor@example.org", deadline,
                DossierFixtures.token('x'), List.of(7, 1), CHAIR.userId(), T0);
        dossier.remind(deadline.minus(Duration.ofDays(7)));
        dossier.vote(REVIEWER.userId(), VoteChoice.FOR, T0);
        dossier.closeVote(CHAIR.userId(), T0);
        dossier.decide(Outcome.PROMOTED, CHAIR.userId(), T0);

        List<OutboxEvent> events = dossier.pendingEvents();
        assertThat(events).extracting(e -> e.type().split("\\.")[3]).containsExactly("DossierSubmitted",
                "ReviewerAssigned", "LetterRequested", "LetterReminderDue", "DossierDecided");
        for (OutboxEvent event : events) {
            assertThat(event.topic()).isEqualTo("promotion.dossiers");
            assertThat(event.subject()).isEqualTo("dos-1");
            assertThat(event.tenant()).isEqualTo("northbridge");
            assertThat(event.type()).startsWith("org.pathway.promotion-review.").endsWith(".v1");
            EventContracts.assertConforms("promotion-review", event.type().split("\\.")[3], 1,
                    JSON.writeValueAsString(event.payload()));
            assertThat(event.payload()).as("never a vote or a letter text").doesNotContainKeys("votes", "tally",
                    "text", "choice");
        }
        assertThat(events.get(4).payload()).containsEntry("outcome", "PROMOTED").containsEntry("criteriaVersion", 1)
                .containsEntry("decidedBy", CHAIR.userId());
    }
}
